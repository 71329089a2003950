import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseDocument, visit } from 'yaml';
import { checkAliases, MAX_ALIAS_EXPANSION, mayHaveAliases } from '../../../src/core/parse/aliasExpansion';
import { parseSourceFile } from '../../../src/core/parse/sourceFile';

/** `&lK [*lK-1, *lK-1]` for K = 1..levels over an empty `l0`: 2 aliases a level, 2^levels nodes expanded. */
function aliasDag(levels: number): string {
  const rows = ['kind: deviation-table', 'items:', '  - ref: "1"', '    requirement: r', '    response: ok', '    evidence: &l0 []'];
  for (let k = 1; k <= levels; k++) rows.push(`    e${k}: &l${k} [*l${k - 1}, *l${k - 1}]`);
  return rows.join('\n') + '\n';
}

test('an alias DAG (90 levels over an empty anchor, 1.4 KB) is refused at the alias that crosses the budget', () => {
  const text = aliasDag(45);
  assert.ok(text.length < 1500 && (text.match(/\*l/g) ?? []).length === 90);
  const f = parseSourceFile('e/05-bidding/deviation.yaml', text);
  assert.equal(f.data, undefined, 'no value is built');
  assert.deepEqual(f.problems.map((p) => p.code), ['RESOURCE_EXHAUSTION']);
  // `*lK-1` costs 2^K − 1 nodes; levels 1–11 add 8,166, level 12's first alias (4,095 more) crosses 10,000.
  const at = f.problems[0].start;
  assert.equal(text.slice(at, at + 4), '*l11');
  assert.equal(f.lines.positionAt(at).line, 17);
});

test('a billion-laughs bomb is refused before it is expanded', () => {
  const rows = ['kind: stakeholders', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) rows.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(10).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
  const f = parseSourceFile('e/x.yaml', rows.join('\n'));
  assert.deepEqual(f.problems.map((p) => p.code), ['RESOURCE_EXHAUSTION']);
  assert.equal(f.data, undefined);
});

test('an alias inside its own anchor (a cycle) is refused, never turned into a cyclic value', () => {
  for (const text of ['kind: x\na: &a [1, *a]\n', 'kind: x\na: &a {b: {c: *a}}\n']) {
    const f = parseSourceFile('e/x.yaml', text);
    assert.deepEqual(f.problems.map((p) => [p.code, text.slice(p.start, p.end)]), [['RESOURCE_EXHAUSTION', '*a']], text);
    assert.equal(f.data, undefined);
  }
});

test('ordinary aliases still work, and a later anchor of the same name wins', () => {
  const text = 'kind: x\nbase: &b {qty: 1, unit: set}\nlines:\n  - *b\n  - *b\nb2: &b [1]\nlast: *b\n';
  const f = parseSourceFile('e/x.yaml', text);
  assert.deepEqual(f.problems, []);
  assert.deepEqual(f.data, { kind: 'x', base: { qty: 1, unit: 'set' }, lines: [{ qty: 1, unit: 'set' }, { qty: 1, unit: 'set' }], b2: [1], last: [1] });
});

test('expansion right at the budget is accepted, one node more is not', () => {
  // `*a` costs the anchor's size: a sequence of n scalars is n + 1 nodes.
  const seq = (n: number) => `kind: x\na: &a [${Array(n).fill(0).join(',')}]\nb: *a\n`;
  assert.equal(checkAliases(parseDocument(seq(MAX_ALIAS_EXPANSION - 1))), undefined);
  assert.deepEqual(checkAliases(parseDocument(seq(MAX_ALIAS_EXPANSION)))?.reason, 'expansion');
});

test('the walk is skipped only for texts without `*`, which hold no alias node (fuzzed YAML pieces)', () => {
  let withAliases = 0;
  const piece = fc.constantFrom('a: ', 'b:\n', '- ', '  ', '&x ', '*x', '* ', '<<: ', '[', ']', '{', '}', ', ', '"', "'", '\\x2a', '!t ', '? ', '#', '|\n', '\n', 'x', '2');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      let aliases = 0;
      visit(parseDocument(text), { Alias: () => void aliases++ });
      if (!mayHaveAliases(text)) assert.equal(aliases, 0, text);
      if (aliases > 0) withAliases++;
    }),
    { seed: 20261202, numRuns: 2000 },
  );
  assert.ok(withAliases > 100, 'the pieces do make aliases');
  assert.equal(mayHaveAliases('kind: x\nnote: "5 * 3"\n'), true, 'a star in a string still gets the walk');
});

test('a bomb with its star in the last line is still refused (the prefilter reads the whole text)', () => {
  const text = 'kind: x\npad:\n' + '  - p\n'.repeat(5000) + 'b: &b [1, *b]\n';
  const f = parseSourceFile('e/x.yaml', text);
  assert.deepEqual(f.problems.map((p) => [p.code, text.slice(p.start, p.end)]), [['RESOURCE_EXHAUSTION', '*b']]);
});
