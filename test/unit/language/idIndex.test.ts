import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definitionAt, referencesAt, siteAt } from '../../../src/core/language/idIndex';
import { lensesIn } from '../../../src/core/language/idLenses';
import { indexWithText } from '../../../src/core/language/liveEngagement';
import { exampleIndex, memoryIndex, spot } from './languageFixture';

describe('the id index', () => {
  it('finds every place a stakeholder is named, with the id’s exact range (county-hospital-bid)', async () => {
    const index = await exampleIndex('county-hospital-bid');
    // From `with: [lin-kezhang]` in activities.yaml (line 6 in the editor).
    assert.deepEqual(definitionAt(index, 'activities.yaml', { line: 5, character: 15 }).map(spot), ['stakeholders.yaml:18:8-19']);
    assert.deepEqual(referencesAt(index, 'activities.yaml', { line: 5, character: 11 }).map(spot), [
      'stakeholders.yaml:18:8-19',
      '01-kickoff/interface-form.yaml:17:11-22', // contacts
      '01-kickoff/interface-form.yaml:30:12-23', // qualification.champion
      'activities.yaml:5:11-22',
      'activities.yaml:11:45-56',
      'activities.yaml:23:11-22',
      'activities.yaml:38:29-40',
      'activities.yaml:44:11-22',
      'activities.yaml:56:11-22',
      'requirements.yaml:42:12-23', // source
      'requirements.yaml:49:12-23',
      'requirements.yaml:64:12-23',
    ]);
    // Without the declaration, and the cursor just after the id still counts.
    assert.equal(referencesAt(index, 'activities.yaml', { line: 5, character: 22 }, false).length, 11);
    assert.equal(siteAt(index, 'activities.yaml', { line: 5, character: 10 }), undefined);
  });

  it('finds a requirement in pricing lines, deviation rows and the solution’s prose', async () => {
    const index = await exampleIndex('county-hospital-bid');
    assert.deepEqual(referencesAt(index, 'requirements.yaml', { line: 16, character: 8 }).map((s) => `${spot(s)}/${s.field}`), [
      'requirements.yaml:16:8-15/id',
      '04-solution/pricing.yaml:10:10-17/req',
      '04-solution/pricing.yaml:28:28-35/req',
      '04-solution/solution.md:18:17-24/prose',
      '05-bidding/deviation-technical.yaml:16:9-16/req',
      '05-bidding/deviation-technical.yaml:23:9-16/req',
    ]);
    // F12 from the prose mention lands on the definition.
    assert.deepEqual(definitionAt(index, '04-solution/solution.md', { line: 18, character: 20 }).map(spot), ['requirements.yaml:16:8-15']);
  });

  it('leaves the quotes out of a clause ref and links deviation rows, bid-control and scoring to it', async () => {
    const index = await exampleIndex('county-hospital-bid');
    const tender = index.files.get('05-bidding/tender.yaml')!;
    const [def] = definitionAt(index, '05-bidding/bid-control.yaml', { line: 8, character: 18 });
    assert.equal(spot(def), '05-bidding/tender.yaml:25:10-15');
    assert.equal(tender.text.slice(def.start - 1, def.end + 1), '"2.2.4"');
    assert.deepEqual(referencesAt(index, '05-bidding/tender.yaml', { line: 25, character: 12 }, false).map((s) => `${spot(s)}/${s.field}`), [
      '05-bidding/bid-control.yaml:8:17-22/tender_ref',
      '05-bidding/deviation-technical.yaml:17:10-15/ref',
      '05-bidding/tender.yaml:71:15-20/clauses',
    ]);
  });

  it('reads prose mentions in English and Chinese bullet lines, not in comments, code, headings or front matter', async () => {
    const zh = await exampleIndex('acme-his');
    // `- 基本需求：REQ-001 门诊一站式、REQ-002 医嘱闭环、…` (line 24 in the editor).
    const line24 = (zh.byFile.get('04-solution/solution.md') ?? []).filter((s) => s.range.start.line === 23);
    assert.deepEqual(line24.map((s) => `${s.id}@${s.range.start.character}`), ['REQ-001@7', 'REQ-002@21', 'REQ-003@34', 'REQ-005@47', 'REQ-009@62']);
    const text = zh.files.get('04-solution/solution.md')!.text;
    assert.deepEqual(line24.map((s) => text.slice(s.start, s.end)), ['REQ-001', 'REQ-002', 'REQ-003', 'REQ-005', 'REQ-009']);
    const index = await memoryIndex({
      'engagement.yaml': 'kind: engagement\nid: x\ntitle: X\nstage: solution\n',
      'requirements.yaml': 'kind: requirements\nitems:\n  - id: REQ-1\n    title: a\n  - id: REQ-10\n    title: b\n',
      'solution.md': '---\nkind: solution\nnote: REQ-1\n---\n# REQ-1 heading\n\nWe answer REQ-10. <!-- REQ-1 hidden -->\n\n```\nREQ-1\n```\nSee REQ-1, REQ-1x and xREQ-1.\n',
    });
    assert.deepEqual((index.byFile.get('solution.md') ?? []).map((s) => `${s.id}@${spot(s)}`), ['REQ-10@solution.md:6:10-16', 'REQ-1@solution.md:11:4-9']);
  });

  it('keeps an id whose written characters differ from its value out of the index (escapes), and never throws on broken files', async () => {
    const index = await memoryIndex({
      'engagement.yaml': 'kind: engagement\nid: x\ntitle: X\n',
      'stakeholders.yaml': 'kind: stakeholders\npeople:\n  - id: "a\\x62"\n    name: A\n  - id: [1, 2]\n  - id: c\n',
      'activities.yaml': 'kind: activities\nitems: {\n',
    });
    assert.deepEqual((index.byFile.get('stakeholders.yaml') ?? []).map(spot), ['stakeholders.yaml:5:8-9']);
  });

  it('puts code lenses on definitions: answered, priced and ★ rows of a requirement; references of a person', async () => {
    const index = await exampleIndex('county-hospital-bid');
    assert.deepEqual(lensesIn(index, 'requirements.yaml', 'en').slice(0, 3).map((l) => `${spot({ file: 'requirements.yaml', range: l.range })} ${l.title}`), [
      'requirements.yaml:2:8-15 answered in 1 place · priced',
      'requirements.yaml:9:8-15 answered in 0 places · priced',
      'requirements.yaml:16:8-15 answered in 3 places · priced · ★ row',
    ]);
    assert.equal(lensesIn(index, 'stakeholders.yaml', 'zh-CN')[2].title, '11 处引用');
    assert.deepEqual(lensesIn(index, '05-bidding/tender.yaml', 'zh-CN').slice(0, 2).map((l) => l.title), ['我方偏离：无偏离 ★', '我方偏离：正偏离 ★']);
  });

  it('answers at a buffer’s own offsets before the store re-checks it (Markdown and YAML buffers)', async () => {
    const index = await exampleIndex('county-hospital-bid');
    const solution = index.files.get('04-solution/solution.md')!.text;
    // Two lines inserted after the front matter (line 6): the prose sites move down, other files keep theirs.
    const md = indexWithText(index, '04-solution/solution.md', solution.replace('\n---\n', '\n---\nREQ-002 first.\n\n'));
    assert.deepEqual((md.byFile.get('04-solution/solution.md') ?? []).map((s) => `${s.id}@${spot(s)}`), [
      'REQ-002@04-solution/solution.md:6:0-7', 'REQ-003@04-solution/solution.md:20:17-24', 'REQ-001@04-solution/solution.md:20:32-39', 'REQ-007@04-solution/solution.md:20:49-56',
    ]);
    assert.deepEqual(definitionAt(md, '04-solution/solution.md', { line: 20, character: 20 }).map(spot), ['requirements.yaml:16:8-15']);
    assert.equal(referencesAt(md, 'requirements.yaml', { line: 9, character: 9 }).length, 1 + (index.references.get('requirement\u0000REQ-002')?.length ?? 0) + 1);
    // A YAML buffer is re-read: a new `with` entry is a reference at once.
    const activities = index.files.get('activities.yaml')!.text;
    const yaml = indexWithText(index, 'activities.yaml', activities.replace('with: [lin-kezhang]', 'with: [he-zhuren, lin-kezhang]'));
    assert.deepEqual(referencesAt(yaml, 'activities.yaml', { line: 5, character: 12 }, false).map(spot).filter((s) => s.startsWith('activities')), ['activities.yaml:5:11-20', 'activities.yaml:17:11-20']);
    assert.equal(indexWithText(index, 'activities.yaml', activities), index);
    // The checked index is untouched by both.
    assert.equal(spot(index.byFile.get('04-solution/solution.md')![0]), '04-solution/solution.md:18:17-24');
  });
});
