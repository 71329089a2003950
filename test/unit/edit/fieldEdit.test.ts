import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insertMissingField, setField, setStage } from '../../../src/core/edit/fieldEdit';
import { insertSection } from '../../../src/core/edit/sectionEdit';
import { applyEdits, toTextEdits, type EditPlan } from '../../../src/core/edit/textEdit';

function done(text: string, plan: EditPlan): string {
  assert.ok(plan.ok, `refused: ${!plan.ok && plan.reason}`);
  return applyEdits(text, plan.edits);
}

const ACTIVITIES = 'kind: activities\nitems:\n  # the first visit\n  - date: 2026-11-20 # Friday\n    type: visit\n    with: [ann]\n';

describe('setField', () => {
  it('inserts follow_up right after date, in the item indentation', () => {
    assert.equal(
      done(ACTIVITIES, setField(ACTIVITIES, ['items', 0], 'follow_up', '2026-11-23', { after: 'date' })),
      'kind: activities\nitems:\n  # the first visit\n  - date: 2026-11-20 # Friday\n    follow_up: 2026-11-23\n    type: visit\n    with: [ann]\n',
    );
  });

  it('replaces an existing value in place and leaves its comment', () => {
    const text = 'kind: activities\nitems:\n  - date: 2026-11-20\n    follow_up: 2026-11-30 # late\n';
    assert.equal(done(text, setField(text, ['items', 0], 'follow_up', '2026-11-23')), text.replace('2026-11-30', '2026-11-23'));
    const empty = 'kind: x\nitems:\n  - follow_up: # when?\n';
    assert.equal(done(empty, setField(empty, ['items', 0], 'follow_up', '2026-11-23')), 'kind: x\nitems:\n  - follow_up: 2026-11-23 # when?\n');
  });

  it('appends after the last field and works in flow maps', () => {
    assert.equal(done('a: 1\nb:\n  c: 2\n', setField('a: 1\nb:\n  c: 2\n', [], 'd', 'x y')), 'a: 1\nb:\n  c: 2\nd: x y\n');
    const flow = 'kind: x\nitems:\n  - {date: 2026-11-20, type: visit}\n';
    assert.equal(done(flow, setField(flow, ['items', 0], 'follow_up', '2026-11-23')), 'kind: x\nitems:\n  - {date: 2026-11-20, type: visit, follow_up: 2026-11-23}\n');
  });

  it('refuses a path that is not a map', () => {
    assert.deepEqual(setField(ACTIVITIES, ['items', 5], 'x', 1), { ok: false, reason: 'not-an-item' });
  });
});

describe('setStage and insertMissingField', () => {
  it('rewrites only the stage value', () => {
    const text = 'kind: engagement\nid: a\n# Current stage\nstage: kickoff # now\nlanguage: en\n';
    assert.equal(done(text, setStage(text, 'introduction')), text.replace('kickoff', 'introduction'));
    const none = 'kind: engagement\ncustomer: C\ncategory: solution\nlanguage: en\n';
    assert.equal(done(none, setStage(none, 'research')), 'kind: engagement\ncustomer: C\ncategory: solution\nstage: research\nlanguage: en\n');
  });

  it('inserts a missing required field with its placeholder and never overwrites', () => {
    const text = 'kind: stakeholders\npeople:\n  - id: ann\n    type: user\n';
    assert.equal(done(text, insertMissingField(text, ['people', 0], 'name', '')), 'kind: stakeholders\npeople:\n  - id: ann\n    type: user\n    name: ""\n');
    assert.deepEqual(insertMissingField(text, ['people', 0], 'id', 'x'), { ok: true, edits: [] });
  });

  it('converts offsets to 0-based line/character ranges', () => {
    const plan = setStage('kind: engagement\nstage: kickoff\n', 'research');
    assert.ok(plan.ok);
    assert.deepEqual(toTextEdits('kind: engagement\nstage: kickoff\n', plan.edits), [{ range: { start: { line: 1, character: 7 }, end: { line: 1, character: 14 } }, newText: 'research' }]);
  });
});

describe('insertSection', () => {
  const md = '---\nkind: research-plan\n---\n# Plan\n\n## Research scope\n\ntext\n\n## IT situation\n';
  it('inserts the heading and its guidance before the next required section', () => {
    assert.equal(
      applyEdits(md, insertSection(md, 9, 'Data situation', 2, 'Check against the data survey form -->')),
      '---\nkind: research-plan\n---\n# Plan\n\n## Research scope\n\ntext\n\n## Data situation\n\n<!-- Check against the data survey form - -> -->\n\n## IT situation\n',
    );
  });

  it('appends at the end with one blank line before it', () => {
    assert.equal(applyEdits(md, insertSection(md, 99, 'Business situation', 2)), `${md}\n## Business situation\n`);
    assert.equal(applyEdits('# T\ntext', insertSection('# T\ntext', 2, 'A 公司介绍', 3, 'g')), '# T\ntext\n\n### A 公司介绍\n\n<!-- g -->\n');
  });
});

describe('editYamlRegion', () => {
  it('edits Markdown front matter in place and refuses a file without one', async () => {
    const { editYamlRegion } = await import('../../../src/core/edit/yamlRegion');
    const md = '---\nkind: solution\n# who\nowner: Sam\n---\n# Title\n';
    assert.equal(done(md, editYamlRegion('a/solution.md', md, (y) => insertMissingField(y, [], 'status', 'draft'))), '---\nkind: solution\n# who\nowner: Sam\nstatus: draft\n---\n# Title\n');
    assert.deepEqual(editYamlRegion('a.md', '# x\n', (y) => setStage(y, 'x')), { ok: false, reason: 'no-front-matter' });
  });
});
