// Generators for the hostile shapes of issue #16: alias DAGs, nesting hidden behind anchors/tags/comments/
// quotes/block scalars, wide maps with duplicate keys, and control/bidi characters in values and names.
// Properties: the core never throws and always ends; findings are well-formed; each guard fires exactly
// when its limit is crossed; nothing unsafe reaches CLI text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { formatText } from '../../../src/cli/formatCheck';
import { foldSamePlace } from '../../../src/cli/foldSamePlace';
import { MAX_ALIAS_EXPANSION } from '../../../src/core/parse/aliasExpansion';
import { MAX_NESTING } from '../../../src/core/parse/nestingGuard';
import { parseSourceFile } from '../../../src/core/parse/sourceFile';
import { MemoryFs } from '../helpers/memoryFs';
import { checkStrict, ENGAGEMENT, runs, SEED } from './fuzzHarness';

const property = (n: number) => ({ seed: SEED, numRuns: runs(n), endOnFailure: true });
const KINDS = ['deviation-table', 'stakeholders', 'requirements', 'activities', 'pricing', 'tender'];

/** Levels of anchors, each a list of aliases to earlier anchors (a DAG); its expanded size computed alongside. */
const aliasDag = fc
  .record({
    base: fc.constantFrom('[]', '{}', '[x]', '{a: 1}', 'x', '""'),
    levels: fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 40 }),
    kind: fc.constantFrom(...KINDS),
  })
  .map(({ base, levels, kind }) => {
    const size = [base === '[x]' || base === '{a: 1}' ? (base === '{a: 1}' ? 4 : 2) : 1];
    let added = 0;
    let over = false;
    const rows = [`kind: ${kind}`, `l0: &l0 ${base}`];
    levels.forEach((refs, i) => {
      const k = i + 1;
      const targets = refs.map((r) => r % k);
      for (const t of targets) {
        added += size[t];
        if (added > MAX_ALIAS_EXPANSION) over = true;
      }
      size.push(1 + targets.reduce((a, t) => a + size[t], 0));
      rows.push(`l${k}: &l${k} [${targets.map((t) => `*l${t}`).join(', ')}]`);
    });
    return { text: rows.join('\n') + '\n', over };
  });

test('alias DAGs: refused exactly when the aliases would add more than the budget, and the check always ends', async () => {
  await fc.assert(
    fc.asyncProperty(aliasDag, async ({ text, over }) => {
      const file = parseSourceFile('e/x.yaml', text);
      assert.equal(file.problems.some((p) => p.code === 'RESOURCE_EXHAUSTION'), over);
      assert.equal(file.data === undefined, over);
      await checkStrict(new MemoryFs({ 'e/engagement.yaml': ENGAGEMENT, 'e/x.yaml': text }));
    }),
    property(150),
  );
});

/** Something before the brackets that once hid them from the guard, and brackets around the limit. */
const hiddenNesting = fc.record({
  prefix: fc.constantFrom('v: &a ', 'v: !t ', 'v: !!seq ', 'v: &a !t ', '#[[{\nv: ', 'q: "x[{" # [\nv: ', "q: 'it''s ['\nv: ", 'q: |\n  "[\nv: ', 'v:\n  - &x ', 'v:\n    - !t '),
  opens: fc.array(fc.constantFrom('[', '{', '[a, ', '{a: '), { minLength: MAX_NESTING - 3, maxLength: MAX_NESTING + 40 }),
  closed: fc.boolean(),
});

test('anchored, tagged, commented and quoted nesting: refused past the limit, parsed below it, never a throw', async () => {
  await fc.assert(
    fc.asyncProperty(hiddenNesting, async ({ prefix, opens, closed }) => {
      const closers = opens.map((o) => (o.startsWith('[') ? ']' : '}')).reverse().join('');
      const text = `kind: stakeholders\n${prefix}${opens.join('')}${closed ? `1${closers}` : ''}\n`;
      const file = parseSourceFile('e/x.yaml', text);
      // Each level adds one; the prefix's own indentation (at most 4) may add a little.
      const depth = opens.length;
      if (depth > MAX_NESTING) assert.ok(file.problems.some((p) => p.code === 'NESTING_TOO_DEEP'), `depth ${depth}`);
      if (depth + 4 < MAX_NESTING) assert.ok(!file.problems.some((p) => p.code === 'NESTING_TOO_DEEP'), `depth ${depth}`);
      await checkStrict(new MemoryFs({ 'e/engagement.yaml': ENGAGEMENT, 'e/x.yaml': text }));
    }),
    property(150),
  );
});

test('wide maps: exactly the repeated keys are reported, at the repetition', () => {
  fc.assert(
    fc.property(fc.array(fc.nat({ max: 3000 }), { minLength: 1, maxLength: 3000 }), fc.boolean(), (keys, flow) => {
      const pairs = keys.map((k) => `k${k}: ${k}`);
      const text = flow ? `kind: x\nm: {${pairs.join(', ')}}\n` : `kind: x\nm:\n${pairs.map((p) => `  ${p}`).join('\n')}\n`;
      const expected: number[] = [];
      const seen = new Set<number>();
      let at = text.indexOf('m:') + 2;
      for (const k of keys) {
        at = text.indexOf(`k${k}:`, at);
        if (seen.has(k)) expected.push(at);
        seen.add(k);
        at += 1;
      }
      const found = parseSourceFile('e/x.yaml', text).problems.filter((p) => p.code === 'DUPLICATE_KEY').map((p) => p.start);
      assert.deepEqual(found, expected.slice(0, 50));
    }),
    property(60),
  );
});

const UNSAFE_CHARS = ['\n', '\r', '\u001b', '\u0007', '\u0085', '\u009b', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u200f'];
const hostileText = fc.array(fc.oneof(fc.constantFrom(...UNSAFE_CHARS), fc.constantFrom('a', '王', '::error::', ' ', '[', '"')), { maxLength: 12 }).map((a) => a.join(''));
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

test('control and bidi characters: one bidi-control per bidi character, and CLI text has none raw and no forged line', async () => {
  await fc.assert(
    fc.asyncProperty(hostileText, hostileText, hostileText, async (id, name, fileName) => {
      const people = `kind: stakeholders\npeople:\n  - id: ${JSON.stringify(id)}\n    name: ${JSON.stringify(name)}\n    type: user\n`;
      const reqs = `kind: requirements\nitems:\n  - id: REQ-001\n    title: t\n    source: ${JSON.stringify(name + id)}\n`;
      const path = `e/${fileName.replace(/[/\u0000]/g, '_')}.yaml`;
      const fs = new MemoryFs({ 'e/engagement.yaml': ENGAGEMENT, 'e/stakeholders.yaml': people, 'e/requirements.yaml': reqs, [path]: `kind: notes\n# ${name}\n` });
      const findings = await checkStrict(fs);
      for (const [p, text] of [['e/stakeholders.yaml', people], ['e/requirements.yaml', reqs]]) {
        const bidi = [...text].filter((c) => /[\u202a-\u202e\u2066-\u2069]/.test(c)).length;
        assert.equal(findings.filter((f) => f.file === p && f.code === 'bidi-control').length, bidi);
      }
      const out = formatText([{ findings, files: 4, language: 'en' }], false);
      assert.doesNotMatch(out, RAW);
      assert.equal(out.split('\n').length, foldSamePlace(findings).length + 1, 'one line per place (file, start, code, severity), plus the summary');
    }),
    property(150),
  );
});
