import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

const REQS = listYaml('requirements', 'items', [
  { id: 'REQ-001', title: 'Medical insurance settlement', kano: 'basic', status: 'met' }, // lines 3–6: answered nowhere
  { id: 'REQ-002', title: 'Closed-loop orders', kano: 'basic', status: 'met' }, // 7–10: answered in prose
  { id: 'REQ-003', title: 'EMR level 5', kano: 'basic', status: 'partial' }, // 11–14: only in a comment, a fence and a heading
  { id: 'REQ-004', title: 'Nice reports', kano: 'performance', status: 'met' }, // 15–18: not basic
  { id: 'REQ-005', title: 'Keep the old pharmacy', kano: 'basic', status: 'out-of-scope' }, // 19–22
  { id: 'REQ-006', title: 'Offline wards', kano: 'basic', status: 'unmet' }, // 23–26: basic-need-unmet speaks
]);

const SOLUTION = [
  '---',
  'kind: solution',
  '---',
  '# Solution',
  '## D Overall design REQ-003',
  'Orders are closed-loop from entry to bedside (REQ-002).',
  '<!-- REQ-003 still to be written -->',
  '```',
  'REQ-003',
  '```',
  '',
].join('\n');

const run = (stage: string, files: Record<string, string> = { '04-solution/solution.md': SOLUTION }, extra = '', language: 'en' | 'zh-CN' = 'en') =>
  check({ 'engagement.yaml': engagementYaml({ stage, extra, language }), 'requirements.yaml': REQS, ...files });

describe('need-unanswered', () => {
  it('is a warning at the id of each basic need no customer-visible solution line names (comments, code and headings do not answer)', async () => {
    const f = await run('solution');
    assert.deepEqual(at(f, 'need-unanswered'), ['requirements.yaml:3:9-3:16', 'requirements.yaml:11:9-11:16']);
    const x = f.find((y) => y.code === 'need-unanswered')!;
    assert.equal(x.severity, 'warning');
    assert.deepEqual(x.data, { id: 'REQ-001' });
    assert.match(x.message, /REQ-001 “Medical insurance settlement” is a basic need/);
  });

  it('near misses: a performance need, an out-of-scope or unmet basic need, and a need the prose cites stay silent', async () => {
    const ids = (await run('solution')).filter((y) => y.code === 'need-unanswered').map((y) => y.data?.id);
    for (const id of ['REQ-002', 'REQ-004', 'REQ-005', 'REQ-006']) assert.ok(!ids.includes(id), id);
  });

  it('a deviation row citing the need answers it in the bid (writers answer point by point there, not with ids in prose)', async () => {
    const deviations = listYaml('deviation-table', 'items', [
      { ref: '3.1', requirement: '支持医保结算', response: '支持，见技术方案第 4.2 节第 31 页', deviation: 'none', req: 'REQ-001' },
    ]);
    const f = await run('bidding', { '04-solution/solution.md': SOLUTION, '05-bidding/deviation-technical.yaml': deviations });
    assert.deepEqual(f.filter((y) => y.code === 'need-unanswered').map((y) => y.data?.id), ['REQ-003']);
  });

  it('raises no alarm before a solution exists or before the solution stage', async () => {
    assert.deepEqual(at(await run('solution', {}), 'need-unanswered'), []);
    assert.deepEqual(at(await run('research'), 'need-unanswered'), []);
  });

  it('is the 售前考评 record (information) once the bid is under way', async () => {
    const f = (await run('bidding', undefined, '', 'zh-CN')).filter((y) => y.code === 'need-unanswered');
    assert.deepEqual(f.map((y) => [y.severity, y.data?.history]), [['info', true], ['info', true]]);
    assert.match(f[0].message, /^REQ-001“Medical insurance settlement”是基本需求，解决方案始终没有回应/);
  });

  it('speaks zh-CN and follows policy.rules', async () => {
    assert.match((await run('solution', undefined, '', 'zh-CN')).find((y) => y.code === 'need-unanswered')!.message, /是基本需求，但解决方案中没有任何回应/);
    assert.equal((await run('solution', undefined, policyYaml({}, { 'need-unanswered': 'error' }))).find((y) => y.code === 'need-unanswered')?.severity, 'error');
    assert.deepEqual(at(await run('solution', undefined, policyYaml({}, { 'need-unanswered': 'off' })), 'need-unanswered'), []);
  });
});
