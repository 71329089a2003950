import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completionsAt } from '../../../src/core/language/completeIds';
import type { Language } from '../../../src/core/types';
import { cursor, exampleIndex } from './languageFixture';

const county = exampleIndex('county-hospital-bid');

/** Completions at `|` as `kind:label`, plus the replaced range of the first. */
async function complete(path: string, marked: string, language: Language = 'en') {
  const { text, position } = cursor(marked);
  const items = completionsAt(await county, path, text, position, language);
  const r = items[0]?.range;
  return { labels: items.map((c) => `${c.kind}:${c.label}`), range: r && `${r.start.line}:${r.start.character}-${r.end.character}`, items };
}

describe('completion', () => {
  it('offers requirement ids in a flow list, replacing only the word being typed', async () => {
    const { labels, range, items } = await complete('04-solution/pricing.yaml', 'kind: pricing\nlines:\n  - item: x\n    req: [REQ-001, RE|]\n');
    // REQ-001 is already in the list: the other nine are offered.
    assert.deepEqual(labels.slice(0, 3), ['requirement:REQ-002', 'requirement:REQ-003', 'requirement:REQ-004']);
    assert.equal(labels.length, 9);
    assert.equal(range, '3:19-21');
    assert.equal(items.find((c) => c.label === 'REQ-002')!.detail, '住院医嘱全流程闭环（开立—审核—执行—核对）');
  });

  it('does not offer again an id the flow list already names, before or after the cursor, quoted or not', async () => {
    const around = await complete('04-solution/pricing.yaml', 'kind: pricing\nlines:\n  - item: x\n    req: [REQ-001, |, "REQ-003"] # REQ-004\n');
    assert.deepEqual(around.labels.slice(0, 2), ['requirement:REQ-002', 'requirement:REQ-004']);
    assert.equal(around.labels.length, 8);
    const retyped = await complete('04-solution/pricing.yaml', 'kind: pricing\nlines:\n  - item: x\n    req: [REQ-00|]\n');
    assert.equal(retyped.labels.length, 10, 'the word being typed is not counted as written');
    const nextLine = await complete('04-solution/pricing.yaml', 'kind: pricing\nlines:\n  - item: x\n    req: [REQ-001]\n  - item: y\n    req: [|]\n');
    assert.equal(nextLine.labels.length, 10, 'another line\'s list does not count');
    const people = await complete('activities.yaml', 'kind: activities\nitems:\n- date: 2026-12-01\n  with: [lin-kezhang, |]\n');
    assert.equal(people.labels.length, 6);
    assert.ok(!people.labels.includes('stakeholder:lin-kezhang'));
  });

  it('offers stakeholder ids (most influential first) in a block list, a scalar field and the qualification', async () => {
    const block = await complete('requirements.yaml', 'kind: requirements\nitems:\n  - id: REQ-1\n    source:\n      - li|\n');
    assert.equal(block.labels.length, 7);
    assert.equal(block.range, '4:8-10');
    const lin = block.items.find((c) => c.label === 'lin-kezhang')!;
    assert.equal(lin.detail, '林晓东 · 信息科科长 · IT decider');
    const byInfluence = [...block.items].sort((a, b) => (a.sortText < b.sortText ? -1 : 1)).map((c) => c.label);
    assert.equal(byInfluence.at(-1), 'song-zuzhang'); // influence: low
    const champion = await complete('01-kickoff/interface-form.yaml', 'kind: interface-form\nqualification:\n  champion: |\n', 'zh-CN');
    assert.equal(champion.items.find((c) => c.label === 'lin-kezhang')!.detail, '林晓东 · 信息科科长 · IT技术抉择者');
    const activity = await complete('activities.yaml', 'kind: activities\nitems:\n- date: 2026-12-01\n  with: [|]\n');
    assert.equal(activity.labels.length, 7);
  });

  it('lets a stakeholder be found by name or title: the Chinese word typed is the replaced word, the name is in filterText', async () => {
    const block = await complete('requirements.yaml', 'kind: requirements\nitems:\n  - id: REQ-1\n    source:\n      - 林|\n', 'zh-CN');
    assert.equal(block.range, '4:8-9', 'the word being typed is 林, so VS Code filters on it');
    const lin = block.items.find((c) => c.label === 'lin-kezhang')!;
    assert.equal(lin.filterText, 'lin-kezhang 林晓东 信息科科长');
    assert.equal(lin.insertText, 'lin-kezhang');
    const flow = await complete('activities.yaml', 'kind: activities\nitems:\n- date: 2026-12-01\n  with: [lin-kezhang, 护理部|]\n');
    assert.equal(flow.range, '3:22-25');
    assert.equal(flow.items.find((c) => c.label === 'huang-zhuren')!.filterText, 'huang-zhuren 黄丽 护理部主任');
    const requirement = await complete('04-solution/pricing.yaml', 'kind: pricing\nlines:\n  - item: x\n    req: [|]\n');
    assert.equal(requirement.items[0].filterText, undefined, 'an id without a name filters on its label');
  });

  it('offers clause refs inside quotes, keeping the quotes', async () => {
    const { labels, range } = await complete('05-bidding/deviation-technical.yaml', 'kind: deviation-table\nitems:\n  - ref: "2.|"\n');
    assert.deepEqual(labels.slice(0, 2), ['clause:1.3', 'clause:2.1.3']);
    assert.equal(range, '2:10-12');
  });

  it('offers enum values and missing field names from our own schemas', async () => {
    assert.deepEqual((await complete('requirements.yaml', 'kind: requirements\nitems:\n  - id: REQ-1\n    kano: |\n')).labels, ['value:basic', 'value:performance', 'value:excitement']);
    assert.deepEqual((await complete('stakeholders.yaml', 'kind: stakeholders\npeople:\n- id: a\n  attitude: s|\n')).labels, ['value:champion', 'value:supporter', 'value:neutral', 'value:skeptic', 'value:opponent']);
    assert.deepEqual((await complete('stakeholders.yaml', 'kind: stakeholders\npeople:\n  - id: a\n    concerns: [risk, |]\n')).labels.slice(0, 2), ['value:price', 'value:function']);
    const fields = await complete('requirements.yaml', 'kind: requirements\nitems:\n  - id: REQ-1\n    ka|\n    title: x\n', 'zh-CN');
    assert.deepEqual(fields.labels.slice(0, 3), ['field:kano', 'field:reasonable', 'field:status']);
    assert.ok(!fields.labels.includes('field:id') && !fields.labels.includes('field:title'));
    assert.equal(fields.items[0].insertText, 'kano: ');
    assert.match(fields.items[0].documentation!, /[\u4e00-\u9fff]/);
    const item = await complete('stakeholders.yaml', 'kind: stakeholders\npeople:\n  - id: a\n  - |\n');
    assert.deepEqual(item.labels.slice(0, 3), ['field:id', 'field:name', 'field:title']);
    const top = await complete('engagement.yaml', 'kind: engagement\nst|\n');
    assert.ok(top.labels.includes('field:stage') && !top.labels.includes('field:kind'));
    assert.deepEqual((await complete('engagement.yaml', 'kind: engagement\nstage: |\n')).labels, ['value:kickoff', 'value:introduction', 'value:research', 'value:solution', 'value:bidding', 'value:closure']);
  });

  it('offers requirement ids in Markdown prose and front-matter values, nothing in comments', async () => {
    const prose = await complete('04-solution/solution.md', '---\nkind: solution\n---\n# x\n\nSee req-00|');
    assert.equal(prose.labels.length, 9);
    assert.equal(prose.range, '5:4-10');
    assert.deepEqual((await complete('04-solution/solution.md', '---\nkind: solution\nstatus: |\n---\n')).labels, ['value:draft', 'value:review', 'value:final']);
    assert.deepEqual((await complete('requirements.yaml', 'kind: requirements\n# source: |\n')).labels, []);
    assert.deepEqual((await complete('04-solution/solution.md', 'plain prose |')).labels, []);
  });
});
