import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_NESTING, nestingTooDeep } from '../../../src/core/parse/nestingGuard';
import { parseSourceFile } from '../../../src/core/parse/sourceFile';

const deep = (open: string, n = MAX_NESTING + 50) => open.repeat(n);

test('real documents pass the nesting guard', () => {
  assert.equal(nestingTooDeep('kind: x\nitems:\n  - id: a\n    with: [b, c]\n    note: "[[[[" # [[[[\n'), -1);
  assert.equal(nestingTooDeep(`t: it's ${'['.repeat(300)}\n`), -1, 'brackets inside a plain scalar are text');
  assert.equal(nestingTooDeep(`t: |\n  ${'['.repeat(300)}\n`), -1, 'brackets inside a block scalar are text');
  assert.equal(nestingTooDeep(`t: "${'{'.repeat(300)}"\n`), -1, 'brackets inside quotes are text');
  assert.equal(nestingTooDeep('['.repeat(MAX_NESTING)), -1);
  assert.equal(nestingTooDeep(`${'- '.repeat(MAX_NESTING)}x`), -1, 'the spaces after `-` are not levels');
});

test('the first character past the limit is reported', () => {
  assert.equal(nestingTooDeep('['.repeat(MAX_NESTING + 1)), MAX_NESTING);
  assert.equal(nestingTooDeep(`a: ${'{'.repeat(MAX_NESTING + 5)}`), 3 + MAX_NESTING);
  assert.equal(nestingTooDeep(`x: it's\n${'['.repeat(1000)}`), 8 + MAX_NESTING, 'an apostrophe in plain text does not hide what follows');
  assert.equal(nestingTooDeep(' '.repeat(MAX_NESTING + 1) + 'k: v'), MAX_NESTING);
  assert.equal(nestingTooDeep(`${'- '.repeat(MAX_NESTING + 1)}x`), 2 * MAX_NESTING);
});

test('an anchor, a tag, a comment, a quoted string or a block scalar before the brackets does not hide them', () => {
  // Each prefix once fooled the old bracket scanner into skipping every bracket after it.
  const prefixes = ['people: &a ', 'people: !t ', 'people: !!seq ', 'people: &a !t ', '#[[\n', 'a: "x[" # {\nb: ', "a: 'it''s ['\nb: ", 'a: |\n  "\nb: ', 'a:\n  - &x '];
  for (const prefix of prefixes) {
    for (const open of ['[', '{']) {
      const text = prefix + deep(open);
      const at = nestingTooDeep(text);
      assert.ok(at > prefix.length && at < prefix.length + MAX_NESTING + 1, `${JSON.stringify(prefix)}${open}: ${at}`);
      assert.equal(text[at], open);
    }
  }
});

test('a 4 MB anchored nesting file is refused at the limit, read no further than it', () => {
  const text = `kind: stakeholders\npeople: &a ${'['.repeat(4 * 1024 * 1024 - 30)}`;
  const f = parseSourceFile('e/stakeholders.yaml', text);
  assert.deepEqual(f.problems.map((p) => [p.code, p.start]), [['NESTING_TOO_DEEP', 30 + MAX_NESTING]]);
  assert.equal(f.data, undefined);
  assert.equal(f.yaml?.doc, undefined, 'no syntax tree was built');
});
