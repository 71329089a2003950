import assert from 'node:assert/strict';
import { test } from 'node:test';
import { at, check } from '../helpers/checkFixture';

const ENG = 'kind: engagement\nid: a\ntitle: A\ncustomer: C\nstage: kickoff\nlanguage: en\n';

test('every bidi override, embedding or isolate character is a bidi-control warning at that very character', async () => {
  // Trojan Source: the stored text says "not met" where a reviewer would see another order.
  const reqs = 'kind: requirements\nitems:\n  - id: REQ-001\n    title: "HIS \u202eteem ton\u202c ok"\n    status: met\n';
  const deck = '---\nkind: intro-deck\nstage: introduction\n---\n# A 公司介绍\u2066x\u2069\n';
  const f = await check({ 'e/engagement.yaml': ENG, 'e/requirements.yaml': reqs, 'e/02-introduction/deck.md': deck });
  assert.deepEqual(at(f, 'bidi-control'), [
    'e/02-introduction/deck.md:5:9-5:10',
    'e/02-introduction/deck.md:5:11-5:12',
    'e/requirements.yaml:4:17-4:18',
    'e/requirements.yaml:4:26-4:27',
  ]);
  const one = f.find((x) => x.code === 'bidi-control' && x.file === 'e/requirements.yaml')!;
  assert.equal(one.severity, 'warning');
  assert.match(one.message, /U\+202E \(RIGHT-TO-LEFT OVERRIDE\).*Trojan Source/);
});

test('a file with a bidi character in a broken YAML still gets the finding; ordinary RTL text does not', async () => {
  const f = await check({ 'e/engagement.yaml': ENG, 'e/x.yaml': 'kind: [\u2067', 'e/notes.md': 'مرحبا بالعالم and עברית\n' });
  assert.deepEqual(at(f, 'bidi-control'), ['e/x.yaml:1:8-1:9']);
});

test('a Chinese engagement gets the message in Chinese', async () => {
  const f = await check({ 'e/engagement.yaml': ENG.replace('language: en', 'language: zh-CN') + '# \u202d\n' });
  assert.deepEqual(at(f, 'bidi-control'), ['e/engagement.yaml:7:3-7:4']);
  assert.match(f.find((x) => x.code === 'bidi-control')!.message, /^此处有一个不可见的双向文本控制字符 U\+202D（LEFT-TO-RIGHT OVERRIDE）/);
});
