import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capFindings, MAX_FINDINGS_PER_CODE } from '../../src/core/capFindings';
import { sortFindings } from '../../src/core/checkEngagement';
import { FindingCollector } from '../../src/core/findingCollector';
import type { Finding, Severity } from '../../src/core/types';
import { check } from './helpers/checkFixture';

const finding = (file: string, line: number, code: string, severity: Severity = 'warning'): Finding => ({
  file,
  range: { start: { line, character: 0 }, end: { line, character: 1 } },
  severity,
  code,
  message: `${code} ${line}`,
});

test('per file and code, the first 200 stay and one summary takes the place of the first one left out', () => {
  const input = [
    ...Array.from({ length: 250 }, (_, i) => finding('a.yaml', i, 'schema', i === 240 ? 'error' : 'warning')),
    finding('a.yaml', 300, 'dangling-reference'),
    ...Array.from({ length: 201 }, (_, i) => finding('b.yaml', i, 'schema')),
  ];
  const out = capFindings(input, 'en');
  assert.equal(out.length, 201 + 1 + 201);
  const summary = out[MAX_FINDINGS_PER_CODE];
  assert.deepEqual([summary.file, summary.range.start.line, summary.code, summary.severity, summary.data], ['a.yaml', 200, 'schema', 'error', { omitted: 50 }]);
  assert.equal(summary.message, '… and 50 more `schema` findings in this file (only the first 200 of each code are listed).');
  assert.equal(out[201].code, 'dangling-reference');
  const b = out.filter((f) => f.file === 'b.yaml');
  assert.deepEqual([b.length, b[200].data], [201, { omitted: 1 }]);
  assert.match(capFindings(input, 'zh-CN')[200].message, /^……本文件另有 50 条 `schema` 问题未列出（每类只列出前 200 条）。$/);
});

test('a list at or under the limit is returned as it is', () => {
  const input = Array.from({ length: MAX_FINDINGS_PER_CODE }, (_, i) => finding('a.yaml', i, 'schema'));
  assert.equal(capFindings(input, 'en'), input);
});

test('a flow list of 100,000 wrong items leaves the core as 200 findings and one summary', async () => {
  const people = `kind: stakeholders\npeople: [${'1,'.repeat(99_999)}1]\n`;
  const findings = (await check({ 'e/engagement.yaml': 'kind: engagement\nid: h\ntitle: H\ncustomer: C\nstage: kickoff\nlanguage: en\n', 'e/stakeholders.yaml': people }))
    .filter((f) => f.file === 'e/stakeholders.yaml');
  assert.equal(findings.length, MAX_FINDINGS_PER_CODE + 1);
  assert.deepEqual(findings[MAX_FINDINGS_PER_CODE].data, { omitted: 100_000 - MAX_FINDINGS_PER_CODE });
  assert.equal(findings[MAX_FINDINGS_PER_CODE].range.start.character, 'people: ['.length + 2 * MAX_FINDINGS_PER_CODE);
});

test('the collector keeps only the first 201 by place per file and code, whatever the order they arrive in', () => {
  for (const order of ['ascending', 'descending', 'shuffled'] as const) {
    const out = new FindingCollector('en', {}, () => 'warning');
    const lines = Array.from({ length: 5000 }, (_, i) => i);
    if (order === 'descending') lines.reverse();
    if (order === 'shuffled') lines.sort((a, b) => ((a * 7919) % 5000) - ((b * 7919) % 5000));
    for (const line of lines) {
      const range = { start: { line, character: 0 }, end: { line, character: 1 } };
      out.report('a.yaml', range, 'schema', { en: `bad ${line}`, 'zh-CN': `错 ${line}` }, { severity: line === 4321 ? 'error' : 'warning' });
    }
    assert.equal(out.findings.length, MAX_FINDINGS_PER_CODE + 1, order);
    assert.deepEqual(out.dropped.get(`schema\u0000a.yaml`), { count: 5000 - MAX_FINDINGS_PER_CODE - 1, severity: 'error' }, order);
    const capped = capFindings(sortFindings(out.findings), 'en', out.dropped);
    assert.deepEqual(capped.slice(0, 200).map((f) => f.range.start.line), Array.from({ length: 200 }, (_, i) => i), order);
    assert.deepEqual([capped.length, capped[200].range.start.line, capped[200].severity, capped[200].data], [201, 200, 'error', { omitted: 4800 }], order);
  }
});
