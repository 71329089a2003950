import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

// TODAY is 2026-11-28.
const PEOPLE = listYaml('stakeholders', 'people', [
  { id: 'wang', name: '王院长', type: 'approver', influence: 'high' },
  { id: 'li', name: '李主任', type: 'it-decider', influence: 'high', last_contact: '2026-09-01' },
]);
const tender = (published: string) => `kind: tender\npublished: ${published}\ndeadline: 2026-12-05\n`;
const run = (published: string | undefined, o: { extra?: string; language?: 'en' | 'zh-CN' } = {}) =>
  check({
    'engagement.yaml': engagementYaml({ stage: 'bidding', extra: o.extra, language: o.language ?? 'zh-CN' }),
    'stakeholders.yaml': PEOPLE,
    ...(published ? { '05-bidding/tender.yaml': tender(published) } : {}),
  });

describe('the quiet period (静默期) between the tender notice and the deadline', () => {
  it('decision-maker-gap becomes information that points to 澄清/答疑 and the bid, never a private meeting', async () => {
    const f = await run('2026-11-20');
    const x = f.find((y) => y.code === 'decision-maker-gap')!;
    assert.deepEqual(at(f, 'decision-maker-gap'), ['stakeholders.yaml:3:5-3:7']);
    assert.deepEqual([x.severity, x.data?.quietPeriod], ['info', true]);
    assert.equal(x.message, '王院长（拍板者）从未接触过。招标已进入静默期，切勿私下接触客户的评标相关人员：请让标书本身回应拍板者关心的问题，如有疑问只通过正式的澄清/答疑渠道提出；此缺口记入售前考评。');
    const en = (await run('2026-11-20', { language: 'en' })).find((y) => y.code === 'decision-maker-gap')!;
    assert.match(en.message, /^王院长 \(Approver\) was never contacted\. The tender is in its quiet period: do not approach the customer’s evaluators privately\..*clarification channel \(澄清\/答疑\)/);
  });

  it('stale-contact keeps silent', async () => {
    assert.deepEqual(at(await run('2026-11-20'), 'stale-contact'), []);
  });

  it('near miss: before the notice, or without a published date, the advice is to meet them (warning), and stale-contact speaks', async () => {
    for (const published of ['2026-11-29', undefined]) {
      const f = await run(published);
      const x = f.find((y) => y.code === 'decision-maker-gap')!;
      assert.equal(x.severity, 'warning');
      assert.match(x.message, /请在方案定型前当面沟通/);
      assert.equal(at(f, 'stale-contact').length, 1);
    }
  });

  it('stays quiet after the deadline while the bid is evaluated (评标/公示), until the engagement leaves bidding', async () => {
    const past = `kind: tender\npublished: 2026-11-01\ndeadline: 2026-11-20\n`;
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'bidding', language: 'zh-CN' }), 'stakeholders.yaml': PEOPLE, '05-bidding/tender.yaml': past });
    const x = f.find((y) => y.code === 'decision-maker-gap')!;
    assert.deepEqual([x.severity, x.data?.quietPeriod], ['info', true]);
    assert.doesNotMatch(x.message, /当面沟通/);
    assert.deepEqual(at(f, 'stale-contact'), []);
  });

  it('a severity the team sets for the code still wins', async () => {
    const f = await run('2026-11-20', { extra: policyYaml({}, { 'decision-maker-gap': 'warning' }) });
    assert.equal(f.find((y) => y.code === 'decision-maker-gap')!.severity, 'warning');
  });

  it('at closure, a gap in the decision-makers is the 售前考评 record (timing), not a meeting to book', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'closure', language: 'zh-CN' }), 'stakeholders.yaml': PEOPLE });
    assert.deepEqual(f.filter((y) => y.code === 'decision-maker-gap').map((y) => [y.severity, y.data?.history]), [['info', true]]);
    assert.equal(f.find((y) => y.code === 'decision-maker-gap')!.message, '王院长（拍板者）从未接触过（客户的决策模式），记入售前考评。');
  });
});
