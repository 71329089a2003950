import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

const reqs = (kano: string, status: string) => listYaml('requirements', 'items', [{ id: 'REQ-001', title: 'Medical insurance settlement', kano, status }]);
const run = (r: string, extra = '', language: 'en' | 'zh-CN' = 'en') => check({ 'engagement.yaml': engagementYaml({ stage: 'solution', extra, language }), 'requirements.yaml': r });

describe('basic-need-unmet', () => {
  it('is an error at the status of an unmet basic need', async () => {
    const f = await run(reqs('basic', 'unmet'));
    assert.deepEqual(at(f, 'basic-need-unmet'), ['requirements.yaml:6:13-6:18']);
    const x = f.find((y) => y.code === 'basic-need-unmet')!;
    assert.equal(x.severity, 'error');
    assert.deepEqual(x.data, { id: 'REQ-001' });
    assert.match(x.message, /基本需求/);
  });

  it('is silent for a partly met basic need and an unmet excitement need', async () => {
    assert.deepEqual(at(await run(reqs('basic', 'partial')), 'basic-need-unmet'), []);
    assert.deepEqual(at(await run(reqs('excitement', 'unmet')), 'basic-need-unmet'), []);
  });

  it('speaks zh-CN and follows policy.rules', async () => {
    assert.match((await run(reqs('basic', 'unmet'), '', 'zh-CN')).find((y) => y.code === 'basic-need-unmet')!.message, /REQ-001 是基本需求却未满足/);
    assert.equal((await run(reqs('basic', 'unmet'), policyYaml({}, { 'basic-need-unmet': 'warning' }))).find((y) => y.code === 'basic-need-unmet')?.severity, 'warning');
    assert.deepEqual(at(await run(reqs('basic', 'unmet'), policyYaml({}, { 'basic-need-unmet': 'off' })), 'basic-need-unmet'), []);
  });
});
