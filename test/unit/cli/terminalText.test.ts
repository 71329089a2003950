import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonSafe, terminalSafe, terminalSafeDeep } from '../../../src/cli/terminalText';

test('newlines, ESC sequences, C1 controls and bidi characters become visible escapes', () => {
  assert.equal(terminalSafe('p1\n::error file=x.yaml::forged'), 'p1\\n::error file=x.yaml::forged');
  assert.equal(terminalSafe('\u001b]0;pwned\u0007\u001b[2J'), '\\e]0;pwned\\x07\\e[2J');
  assert.equal(terminalSafe('a\r\u009b31m\u0085'), 'a\\r\\x9b31m\\x85');
  assert.equal(terminalSafe('admin\u202e\u2066 txt.exe\u2069'), 'admin\\u202e\\u2066 txt.exe\\u2069');
  assert.equal(terminalSafe('line\u2028sep'), 'line\\u2028sep');
});

test('ordinary text, tabs and CJK are left as they are', () => {
  for (const s of ['王总 · 需求 REQ-001：满足', 'tab\tseparated', '★ ▲ — “quotes”', '']) assert.equal(terminalSafe(s), s);
});

test('terminalSafeDeep escapes every string of a report object and keeps numbers and structure', () => {
  const input = { name: 'a\nb', n: 3, people: [{ id: 'x\u202e' }], none: null, ok: true };
  assert.deepEqual(terminalSafeDeep(input), { name: 'a\\nb', n: 3, people: [{ id: 'x\\u202e' }], none: null, ok: true });
});

test('jsonSafe keeps the same JSON value but no raw C1 or bidi character', () => {
  const value = { message: 'id \u202e\u0085\u2028 \u001b x' };
  const out = jsonSafe(JSON.stringify(value));
  assert.doesNotMatch(out, /[\u0000-\u001f\u007f-\u009f\u2028\u202e]/);
  assert.deepEqual(JSON.parse(out), value);
});
