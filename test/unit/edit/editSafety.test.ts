import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { insertMissingField, setField, setStage } from '../../../src/core/edit/fieldEdit';
import { appendListItem } from '../../../src/core/edit/listEdit';
import { applyEdits, type EditPlan } from '../../../src/core/edit/textEdit';
import { verifiedPlan } from '../../../src/core/edit/verifiedEdit';
import { parseForEdit } from '../../../src/core/edit/yamlLayout';

/** The edited text, after checking it is one valid YAML document. */
function done(text: string, plan: EditPlan): string {
  assert.ok(plan.ok, `refused: ${!plan.ok && plan.reason}`);
  const out = applyEdits(text, plan.edits);
  const docs = parseAllDocuments(out);
  assert.ok(Array.isArray(docs) && docs.length === 1 && docs[0].errors.length === 0, out);
  return out;
}

const PERSON = { id: 'ann', name: 'Ann' };

describe('edits never corrupt a file (issue 16 class 5)', () => {
  it('Add Stakeholder on `people: # none yet` keeps the comment and a space before it', () => {
    assert.equal(done('kind: stakeholders\npeople: # none yet\n', appendListItem('kind: stakeholders\npeople: # none yet\n', 'people', PERSON)), 'kind: stakeholders\npeople: # none yet\n  - id: ann\n    name: Ann\n');
    const crlf = 'kind: stakeholders\r\npeople: ~ # none\r\nx: 1\r\n';
    assert.equal(done(crlf, appendListItem(crlf, 'people', PERSON)), 'kind: stakeholders\r\npeople: # none\r\n  - id: ann\r\n    name: Ann\r\nx: 1\r\n');
  });

  it('appends to a flow list with a trailing comma, a comment before `]`, or over several lines', () => {
    const cases: [string, string][] = [
      ['kind: x\npeople: [a,]\n', 'kind: x\npeople: [a, {id: ann, name: Ann},]\n'],
      ['kind: x\npeople: [a, # the first\n]\n', 'kind: x\npeople: [a, {id: ann, name: Ann}, # the first\n]\n'],
      ['kind: x\npeople: [\n  a,\n  b\n]\n', 'kind: x\npeople: [\n  a,\n  b, {id: ann, name: Ann}\n]\n'],
      ['kind: x\npeople: [ # none yet\n]\n', 'kind: x\npeople: [{id: ann, name: Ann} # none yet\n]\n'],
    ];
    for (const [text, expected] of cases) assert.equal(done(text, appendListItem(text, 'people', PERSON)), expected, text);
  });

  it('adds an absent list before a `...` end marker, and inside a flow-map root', () => {
    const ended = '---\nkind: stakeholders\n...\n# archived\n';
    assert.equal(done(ended, appendListItem(ended, 'people', PERSON)), '---\nkind: stakeholders\npeople:\n  - id: ann\n    name: Ann\n...\n# archived\n');
    assert.equal(done('{kind: stakeholders}\n', appendListItem('{kind: stakeholders}\n', 'people', PERSON)), '{kind: stakeholders, people: [{id: ann, name: Ann}]}\n');
    assert.equal(done('{kind: x, people: }\n', appendListItem('{kind: x, people: }\n', 'people', PERSON)), '{kind: x, people: [{id: ann, name: Ann}] }\n');
    assert.equal(done('{kind: x, people: [a,],}\n', appendListItem('{kind: x, people: [a,],}\n', 'people', PERSON)), '{kind: x, people: [a, {id: ann, name: Ann},],}\n');
  });

  it('sets the stage and a follow-up inside `{…,}`', () => {
    const root = '{kind: engagement, customer: C,}\n';
    assert.equal(done(root, setStage(root, 'research')), '{kind: engagement, customer: C, stage: research,}\n');
    const multi = '{kind: engagement,\n customer: C, # who\n}\n';
    assert.equal(done(multi, setStage(multi, 'research')), '{kind: engagement,\n customer: C, stage: research, # who\n}\n');
    const item = 'kind: activities\nitems:\n  - {date: 2026-11-20, type: visit,}\n';
    assert.equal(done(item, setField(item, ['items', 0], 'follow_up', '2026-11-23', { after: 'date' })), 'kind: activities\nitems:\n  - {date: 2026-11-20, type: visit, follow_up: 2026-11-23,}\n');
    assert.equal(done('{}\n', insertMissingField('{}\n', [], 'kind', 'x')), '{kind: x}\n');
  });

  it('keeps the final newlines of a trailing `|+` block scalar', () => {
    const text = 'kind: stakeholders\npeople:\n  - id: bob\n    notes: |+\n      met twice\n\n';
    assert.equal(done(text, appendListItem(text, 'people', PERSON)), `${text}  - id: ann\n    name: Ann\n`);
    const field = 'kind: x\nitems:\n  - notes: |+\n      keep\n\n\nz: 1\n';
    assert.equal(done(field, setField(field, ['items', 0], 'follow_up', '2026-11-23')), 'kind: x\nitems:\n  - notes: |+\n      keep\n\n\n    follow_up: 2026-11-23\nz: 1\n');
  });

  it('refuses (aliased) to change an anchored value that an alias repeats, and writes it when nothing refers to it', () => {
    assert.deepEqual(setStage('kind: engagement\nstage: &s kickoff\nprev: *s\n', 'research'), { ok: false, reason: 'aliased' });
    assert.deepEqual(appendListItem('kind: x\npeople: &p\n  - id: a\nalso: *p\n', 'people', PERSON), { ok: false, reason: 'aliased' });
    assert.deepEqual(setField('kind: x\nitems:\n  - &i {date: 2026-11-20}\nother: *i\n', ['items', 0], 'follow_up', '2026-11-23'), { ok: false, reason: 'aliased' });
    const lone = 'kind: engagement\nstage: &s kickoff\n';
    assert.equal(done(lone, setStage(lone, 'research')), 'kind: engagement\nstage: &s research\n');
    const via = 'kind: engagement\nbase: &s kickoff\nstage: *s\n';
    assert.equal(done(via, setStage(via, 'research')), 'kind: engagement\nbase: &s kickoff\nstage: research\n');
  });

  it('adds an absent list in the indentation of an indented top-level map', () => {
    const text = '---\n  kind: stakeholders\n  owner: O # c\n';
    assert.equal(done(text, appendListItem(text, 'people', PERSON)), '---\n  kind: stakeholders\n  owner: O # c\n  people:\n    - id: ann\n      name: Ann\n');
  });

  it('keeps a BOM, a `%YAML` directive and document start markers', () => {
    const text = '\uFEFF%YAML 1.2\n--- # stakeholders\nkind: stakeholders\npeople:\n  - id: bob\n';
    assert.equal(done(text, appendListItem(text, 'people', PERSON)), `${text}  - id: ann\n    name: Ann\n`);
  });

  it('refuses files it cannot edit safely: several documents, alias bombs, deep nesting, duplicate keys, alias cycles and dangling aliases', () => {
    assert.deepEqual(appendListItem('kind: x\n---\nkind: y\n', 'people', PERSON), { ok: false, reason: 'yaml-syntax' });
    const bomb = ['kind: x', 'a0: &a0 [x, x]', ...Array.from({ length: 40 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}, *a${i}]`), 'people: []'].join('\n');
    assert.equal(appendListItem(bomb, 'people', PERSON).ok, false);
    const emptyDag = ['kind: x', 'l0: &l0 {}', ...Array.from({ length: 91 }, (_, i) => `l${i + 1}: &l${i + 1} [*l${i}, *l${i}]`), 'people: []'].join('\n');
    assert.deepEqual(appendListItem(emptyDag, 'people', PERSON), { ok: false, reason: 'yaml-syntax' });
    assert.deepEqual(appendListItem(`kind: x\nz: ${'['.repeat(5000)}\n`, 'people', PERSON), { ok: false, reason: 'yaml-syntax' });
    assert.deepEqual(appendListItem('kind: x\npeople: []\nkind: y\n', 'people', PERSON), { ok: false, reason: 'yaml-syntax' });
    assert.deepEqual(appendListItem('kind: x\nz: &a [*a]\npeople: []\n', 'people', PERSON), { ok: false, reason: 'yaml-syntax' });
    assert.deepEqual(appendListItem('kind: x\nz: *nowhere\npeople: []\n', 'people', PERSON), { ok: false, reason: 'yaml-syntax' });
  });
});

describe('verifiedPlan: re-parse, compare, refuse', () => {
  const text = 'kind: x\nitems: [a]\n';
  const parsed = parseForEdit(text);
  assert.ok(parsed.ok);
  const intent = (before: unknown) => ({ ...(before as object), items: ['a', 'b'] });

  it('accepts exactly the intended change', () => {
    assert.ok(verifiedPlan(text, parsed.data, { ok: true, edits: [{ start: 17, end: 17, newText: ', b' }] }, intent).ok);
  });

  it('refuses invalid YAML, a different value, a change elsewhere, a second document and overlapping edits', () => {
    const refused = { ok: false, reason: 'unsafe-edit' };
    assert.deepEqual(verifiedPlan(text, parsed.data, { ok: true, edits: [{ start: 17, end: 17, newText: ',, b' }] }, intent), refused);
    assert.deepEqual(verifiedPlan(text, parsed.data, { ok: true, edits: [{ start: 17, end: 17, newText: ', c' }] }, intent), refused);
    assert.deepEqual(verifiedPlan(text, parsed.data, { ok: true, edits: [{ start: 17, end: 17, newText: ', b' }, { start: 6, end: 7, newText: 'y' }] }, intent), refused);
    assert.deepEqual(verifiedPlan(text, parsed.data, { ok: true, edits: [{ start: 17, end: 17, newText: ', b' }, { start: 19, end: 19, newText: '---\nz: 1\n' }] }, intent), refused);
    assert.deepEqual(verifiedPlan(text, parsed.data, { ok: true, edits: [{ start: 15, end: 17, newText: 'a, b' }, { start: 16, end: 16, newText: '' }] }, intent), refused);
    assert.deepEqual(verifiedPlan(text, parsed.data, { ok: true, edits: [{ start: 90, end: 91, newText: '' }] }, intent), refused);
  });
});

describe('front matter edits (editYamlRegion)', () => {
  it('verifies the front matter alone and leaves the Markdown body byte for byte', async () => {
    const { editYamlRegion } = await import('../../../src/core/edit/yamlRegion');
    const md = '---\r\nkind: stage-summary\r\npeople: # none yet\r\n---\r\n# Summary\r\n\r\npeople: [x,\r\n';
    const plan = editYamlRegion('s.md', md, (y) => appendListItem(y, 'people', PERSON));
    assert.ok(plan.ok);
    assert.equal(applyEdits(md, plan.edits), '---\r\nkind: stage-summary\r\npeople: # none yet\r\n  - id: ann\r\n    name: Ann\r\n---\r\n# Summary\r\n\r\npeople: [x,\r\n');
    assert.deepEqual(editYamlRegion('s.md', '---\nkind: x\nstage: &s a\nprev: *s\n---\n', (y) => setStage(y, 'b')), { ok: false, reason: 'aliased' });
  });
});
