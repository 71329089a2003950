import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

const research = (experienced?: boolean) =>
  `research:\n  reason: fierce-competition\n  first_vendor: true\n${experienced === undefined ? '' : `  customer_experienced: ${experienced}\n`}`;

describe('research-first', () => {
  it('informs at `first_vendor` when we research first for an inexperienced customer', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'research', extra: research(false) }) });
    assert.deepEqual(at(f, 'research-first'), ['engagement.yaml:9:17-9:21']);
    const x = f.find((y) => y.code === 'research-first')!;
    assert.equal(x.severity, 'info');
    assert.match(x.message, /第一个开展调研/);
  });

  it('counts planned research: a research day before the research stage', async () => {
    const f = await check({
      'engagement.yaml': engagementYaml({ stage: 'introduction', extra: research() }),
      'activities.yaml': listYaml('activities', 'items', [{ date: '2026-12-05', type: 'research' }]),
    });
    assert.equal(at(f, 'research-first').length, 1);
  });

  it('is silent for an experienced customer, or when no research is planned', async () => {
    assert.deepEqual(at(await check({ 'engagement.yaml': engagementYaml({ stage: 'research', extra: research(true) }) }), 'research-first'), []);
    assert.deepEqual(at(await check({ 'engagement.yaml': engagementYaml({ stage: 'introduction', extra: research(false) }) }), 'research-first'), []);
  });

  it('follows policy.rules', async () => {
    const warn = await check({ 'engagement.yaml': engagementYaml({ stage: 'research', extra: research() + policyYaml({}, { 'research-first': 'warning' }) }) });
    assert.equal(warn.find((y) => y.code === 'research-first')?.severity, 'warning');
    const off = await check({ 'engagement.yaml': engagementYaml({ stage: 'research', extra: research() + policyYaml({}, { 'research-first': 'off' }) }) });
    assert.deepEqual(at(off, 'research-first'), []);
  });
});
