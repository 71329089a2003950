// Property test of the YAML edits over generated layouts: either the edit is refused for a stated reason, or
// the result is one valid document equal to the intended data, with every comment of the original kept.
// FUZZ_RUNS=20000 node --import tsx --test test/unit/edit/editProperties.test.ts for a long hunt.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseAllDocuments, parseDocument } from 'yaml';
import { insertMissingField, setField, setStage } from '../../../src/core/edit/fieldEdit';
import { appendListItem } from '../../../src/core/edit/listEdit';
import { applyEdits, type EditPlan } from '../../../src/core/edit/textEdit';

const SEED = 20261201;
const RUNS = Number(process.env.FUZZ_RUNS) || 300;

/** A generated file and what the generator knows about it. */
interface Layout {
  text: string;
  /** `people` carries an anchor that an alias repeats. */
  peopleAliased: boolean;
  /** `stage` carries an anchor that an alias repeats. */
  stageAliased: boolean;
}

const C = '#@'; // becomes a unique `# cN` comment
const scalar = fc.constantFrom('x', 'two words', '"q: x"', "'it''s'", '1', '~', '2026-11-20', '"#x"', 'a:b', '!!str 12', '', `${C}`, 'first\n  continued');
const maybeComment = fc.constantFrom('', '', ` ${C}`);
const blockItem = fc.oneof(
  fc.record({ id: fc.constantFrom('a', 'b', 'c', '"q"', '&i a'), extra: fc.constantFrom('', 'name: N', `name: N ${C}`, 'notes: |+\n      keep\n\n', 'notes: |\n      text\n', 'tags: [t,]', 'with:\n      - x\n      - y', `note: ${C}`, 'with: *b') }).map(
    ({ id, extra }) => (dash: string) => `${dash}- id: ${id}${extra ? `\n${dash}  ${extra}` : ''}`,
  ),
  scalar.map((s) => (dash: string) => `${dash}- ${s}`),
  fc.constantFrom('{id: f, n: 1,}', '{id: g}').map((s) => (dash: string) => `${dash}- ${s}`),
);
const flowEntry = fc.constantFrom('a', '{id: f}', '"q, x"', '[n]');

const peopleValue = fc.oneof(
  fc.constant(''),
  maybeComment.map((c) => `people:${c}`),
  maybeComment.map((c) => `people: ~${c}`),
  maybeComment.map((c) => `people: null${c}`),
  maybeComment.map((c) => `people: []${c}`),
  fc.constant(`people: [ ${C}\n]`),
  fc.record({ items: fc.array(flowEntry, { minLength: 1, maxLength: 3 }), comma: fc.boolean(), comment: fc.boolean(), multiline: fc.boolean() }).map(
    ({ items, comma, comment, multiline }) => {
      const sep = multiline ? ',\n  ' : ', ';
      const body = items.join(sep) + (comma ? ',' : '') + (comment ? ` ${C}\n` : multiline ? '\n' : '');
      return `people: [${multiline ? '\n  ' : ''}${body}]`;
    },
  ),
  fc.record({ items: fc.array(blockItem, { minLength: 1, maxLength: 3 }), indent: fc.constantFrom('', '  '), between: fc.boolean(), anchor: fc.boolean(), head: maybeComment }).map(
    ({ items, indent, between, anchor, head }) =>
      `people:${anchor ? ' &p' : ''}${head}\n${items.map((f) => f(indent)).join(between ? `\n${indent}${C}\n` : '\n')}`,
  ),
);

const layout: fc.Arbitrary<Layout> = fc
  .record({
    flowRoot: fc.boolean(),
    people: peopleValue,
    peopleFirst: fc.boolean(),
    stage: fc.constantFrom('', 'stage: kickoff', `stage: kickoff ${C}`, 'stage: &s kickoff', 'stage: "kickoff"', 'stage:'),
    category: fc.boolean(),
    others: fc.array(fc.tuple(scalar, maybeComment), { maxLength: 3 }),
    base: fc.constantFrom('', 'base: &b {k: v}', `base: &b\n  k: v ${C}`, `${C}\n  ${C}`, '"quoted key": 1', 'nested:\n  deep:\n    - 1\n    - [2,]'),
    quotedKey: fc.boolean(),
    aliasPeople: fc.boolean(),
    aliasStage: fc.boolean(),
    tailBlock: fc.boolean(),
    bom: fc.boolean(),
    start: fc.constantFrom('', '---\n', `--- ${C}\n`, '%YAML 1.2\n---\n'),
    end: fc.constantFrom('', '', '...\n', `...\n${C}\n`, `${C}\n`),
    crlf: fc.boolean(),
    finalBreak: fc.boolean(),
    flowComma: fc.boolean(),
    flowMultiline: fc.boolean(),
  })
  .map((r) => {
    let text: string;
    let peopleAliased = false;
    let stageAliased = false;
    if (r.flowRoot) {
      const entries = ['kind: x', ...r.others.map(([v], i) => `f${i}: ${v}`)];
      if (r.stage.startsWith('stage: ') && !r.stage.includes(C)) entries.push(r.stage.replace(' &s', ''));
      if (r.people.startsWith('people: [') && !r.people.includes('\n')) entries.push(r.people);
      else if (r.people === 'people:' || r.people === 'people: ~') entries.push(`${r.people} `);
      const sep = r.flowMultiline ? `,\n  ` : ', ';
      text = `{${r.flowMultiline ? '\n  ' : ''}${entries.join(sep)}${r.flowComma ? ',' : ''}${r.flowMultiline ? ` ${C}\n` : ''}}\n`;
    } else {
      const lines = ['kind: x'];
      if (r.base) lines.push(r.base);
      if (r.category) lines.push('category: solution');
      const people = r.quotedKey ? r.people.replace(/^people:/, '"people":') : r.people;
      if (r.peopleFirst && people) lines.push(people);
      if (r.stage) lines.push(r.stage);
      lines.push(...r.others.map(([v, c], i) => `f${i}: ${v}${c}`));
      if (!r.peopleFirst && people) lines.push(people);
      if (r.aliasPeople && people.includes(' &p')) {
        lines.push('again: *p');
        peopleAliased = true;
      }
      if (r.aliasStage && r.stage.includes('&s')) {
        lines.push('prev: *s');
        stageAliased = true;
      }
      if (r.tailBlock) lines.push('notes: |+\n  keep\n');
      text = lines.join('\n') + '\n';
    }
    text = `${r.bom ? '\uFEFF' : ''}${r.start}${text}${r.end}`;
    if (!r.finalBreak) text = text.replace(/\n$/, '');
    if (r.crlf) text = text.replace(/\n/g, '\r\n');
    let n = 0;
    text = text.replace(/#@/g, () => `# c${n++}`);
    return { text, peopleAliased, stageAliased };
  });

type Op = 'append' | 'stage' | 'followUp' | 'missing';
const NASTY = fc.constantFrom('Ann', 'a: b # c', '"quoted"', '#x', 'line\nbreak', '黄院长', 'yes', '- x', '[y]', '{{title}}');

function comments(text: string): string[] {
  return (text.match(/# c\d+/g) ?? []).sort();
}

const stats = { accepted: 0, refused: 0 };

test('every edit is refused for a stated reason or yields exactly the intended document, comments kept', () => {
  fc.assert(
    fc.property(layout, fc.constantFrom<Op>('append', 'stage', 'followUp', 'missing'), NASTY, ({ text, peopleAliased, stageAliased }, op, value) => {
      const docs = parseAllDocuments(text);
      fc.pre(Array.isArray(docs) && docs.length === 1 && docs[0].errors.length === 0);
      let before: Record<string, unknown>;
      try {
        before = parseDocument(text).toJS() as Record<string, unknown>;
      } catch {
        // An alias to no anchor: not a document this test is about (parseForEdit refuses it).
        assert.deepEqual(appendListItem(text, 'people', { id: 'x' }), { ok: false, reason: 'yaml-syntax' });
        return;
      }
      const people = before.people;
      let plan: EditPlan;
      let expected: Record<string, unknown> | undefined;
      let allowed: string[] = [];
      switch (op) {
        case 'append':
          plan = appendListItem(text, 'people', { id: 'new', name: value });
          expected = { ...before, people: [...(Array.isArray(people) ? people : []), { id: 'new', name: value }] };
          if (people !== undefined && people !== null && !Array.isArray(people)) allowed = ['not-a-list'];
          if (peopleAliased) allowed = ['aliased'];
          break;
        case 'stage':
          plan = setStage(text, value);
          expected = { ...before, stage: value };
          if (stageAliased) allowed = ['aliased'];
          break;
        case 'followUp': {
          plan = setField(text, ['people', 0], 'follow_up', '2026-11-23', { after: 'id' });
          const first = Array.isArray(people) ? people[0] : undefined;
          const isMap = !!first && typeof first === 'object' && !Array.isArray(first);
          expected = isMap ? { ...before, people: [{ ...(first as object), follow_up: '2026-11-23' }, ...(people as unknown[]).slice(1)] } : undefined;
          allowed = isMap ? (peopleAliased ? ['aliased'] : []) : ['not-an-item'];
          break;
        }
        default:
          plan = insertMissingField(text, [], 'owner', value);
          expected = { ...before, owner: value };
      }
      if (!plan.ok) {
        stats.refused++;
        assert.ok(allowed.includes(plan.reason), `refused (${plan.reason}) ${op} on:\n${text}`);
        return;
      }
      stats.accepted++;
      assert.ok(expected, `${op} should have been refused on:\n${text}`);
      assert.deepEqual(allowed.filter((r) => r !== 'not-a-list'), [], `${op} should have been refused on:\n${text}`);
      // Bytes outside the edit are untouched; the edit itself removes at most an empty value (`[]`, `~`,
      // `null`) or, for the stage, the old stage scalar.
      for (const e of plan.edits) {
        const removed = text.slice(e.start, e.end);
        if (op !== 'stage') assert.match(removed, /^\s*(\[\s*\]|~|null)?\s*$/, `${op} removed ${JSON.stringify(removed)} from:\n${text}`);
        else assert.ok(removed === '' || /^("kickoff"|kickoff)$/.test(removed), `stage removed ${JSON.stringify(removed)}`);
      }
      const after = applyEdits(text, plan.edits);
      const out = parseAllDocuments(after);
      assert.ok(Array.isArray(out) && out.length === 1, `not one document:\n${after}`);
      assert.deepEqual(out[0].errors.map((e) => e.message), [], after);
      assert.deepEqual(out[0].toJS(), expected, `${op}:\n${text}\n→\n${after}`);
      assert.deepEqual(comments(after), comments(text), after);
      if (text.startsWith('\uFEFF')) assert.ok(after.startsWith('\uFEFF'));
      if (text.includes('\r\n')) assert.doesNotMatch(after.replace(/\r\n/g, ''), /\n/, 'a bare LF in a CRLF file');
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true },
  );
  // Not a vacuous property: most generated edits must go through.
  if (process.env.EDIT_STATS) console.log(stats);
  assert.ok(stats.accepted > stats.refused * 2, `accepted ${stats.accepted}, refused ${stats.refused}`);
});
