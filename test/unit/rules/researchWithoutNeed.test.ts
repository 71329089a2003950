import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

const research = (reason?: string) => `research:\n${reason ? `  reason: ${reason}\n` : ''}  first_vendor: false\n`;
const researchDay = listYaml('activities', 'items', [{ date: '2026-11-02', type: 'research', effort_days: 1 }]);

describe('research-without-need', () => {
  it('warns at `research.reason: none` in the research stage', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'research', extra: research('none') }) });
    assert.deepEqual(at(f, 'research-without-need'), ['engagement.yaml:8:11-8:15']);
    const x = f.find((y) => y.code === 'research-without-need')!;
    assert.equal(x.severity, 'warning');
    assert.match(x.message, /胡乱开展调研/);
  });

  it('points at `research` when it has no reason, and at `stage` when there is no research map', async () => {
    assert.deepEqual(at(await check({ 'engagement.yaml': engagementYaml({ stage: 'research', extra: research() }) }), 'research-without-need'), ['engagement.yaml:7:1-7:9']);
    const later = await check({ 'engagement.yaml': engagementYaml({ stage: 'solution' }), 'activities.yaml': researchDay });
    assert.deepEqual(at(later, 'research-without-need'), ['engagement.yaml:5:8-5:16']);
  });

  it('is silent with a reason, before the research stage, and later without research days', async () => {
    assert.deepEqual(at(await check({ 'engagement.yaml': engagementYaml({ stage: 'research', extra: research('approval-blocked') }) }), 'research-without-need'), []);
    assert.deepEqual(at(await check({ 'engagement.yaml': engagementYaml({ stage: 'introduction' }), 'activities.yaml': researchDay }), 'research-without-need'), []);
    assert.deepEqual(at(await check({ 'engagement.yaml': engagementYaml({ stage: 'solution' }) }), 'research-without-need'), []);
  });

  it('can be switched off or raised by policy.rules', async () => {
    const off = await check({ 'engagement.yaml': engagementYaml({ stage: 'research', extra: research('none') + policyYaml({}, { 'research-without-need': 'off' }) }) });
    assert.deepEqual(at(off, 'research-without-need'), []);
    const up = await check({ 'engagement.yaml': engagementYaml({ stage: 'research', extra: research('none') + policyYaml({}, { 'research-without-need': 'error' }) }) });
    assert.equal(up.find((y) => y.code === 'research-without-need')?.severity, 'error');
  });
});
