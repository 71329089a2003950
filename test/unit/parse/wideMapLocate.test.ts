import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSourceFile } from '../../../src/core/parse/sourceFile';
import { check } from '../helpers/checkFixture';

const wide = (n: number) => ['kind: stakeholders', 'people: []', ...Array.from({ length: n }, (_, i) => `k${i}: v${i}`)].join('\n') + '\n';

test('a key of a wide map is located exactly (indexed lookup), the first of two equal keys winning', () => {
  const text = wide(5000) + 'k17: again\n';
  const f = parseSourceFile('e/s.yaml', text);
  const y = f.yaml!;
  assert.deepEqual(y.rangeAt(['k0'], 'key'), { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } });
  assert.deepEqual(y.rangeAt(['k4999'], 'key'), { start: { line: 5001, character: 0 }, end: { line: 5001, character: 5 } });
  assert.deepEqual(y.rangeAt(['k17']).start, { line: 19, character: 5 }, 'the first k17, not the repeated one');
  assert.equal(y.locate(['nope']).depth, 0);
});

test('20,000 unknown fields: one linear check, 200 schema findings and the summary', async () => {
  const findings = (await check({ 'e/engagement.yaml': 'kind: engagement\nid: h\ntitle: H\ncustomer: C\nstage: kickoff\nlanguage: en\n', 'e/s.yaml': wide(20_000) }))
    .filter((f) => f.file === 'e/s.yaml');
  assert.equal(findings.length, 201);
  assert.deepEqual(findings[199].range.start, { line: 201, character: 0 });
});
