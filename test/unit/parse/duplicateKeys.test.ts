import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSourceFile } from '../../../src/core/parse/sourceFile';

const dupes = (text: string) =>
  parseSourceFile('e/x.yaml', text)
    .problems.filter((p) => p.code === 'DUPLICATE_KEY')
    .map((p) => text.slice(p.start, p.end) + '@' + p.start);

test('a repeated key is an error on the whole repeated key, in block and flow maps, at any depth', () => {
  assert.deepEqual(dupes('kind: x\npeople: []\npeople: []\n'), ['people@19']);
  assert.deepEqual(dupes('kind: x\na: {b: 1, c: 2, b: 3}\n'), ['b@24']);
  assert.deepEqual(dupes('kind: x\nitems:\n  - id: a\n    id: b\n'), ['id@29']);
  assert.deepEqual(dupes('kind: x\n"a": 1\na: 2\n'), ['a@15'], 'a quoted key equals the plain one');
});

test('keys of different values or types are not duplicates', () => {
  assert.deepEqual(dupes('kind: x\n1: a\n"1": b\ntrue: c\n"true": d\nitems:\n  - id: a\n  - id: a\n'), []);
});

test('a 50,000-key map is checked in one pass: its one duplicate is found, nothing else', () => {
  const rows = ['kind: stakeholders'];
  for (let i = 0; i < 50_000; i++) rows.push(`k${i}: v`);
  rows.push('k49999: again');
  const text = rows.join('\n') + '\n';
  const found = dupes(text);
  assert.deepEqual(found, [`k49999@${text.lastIndexOf('k49999')}`]);
});
