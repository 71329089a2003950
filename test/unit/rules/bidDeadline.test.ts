import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, policyYaml } from '../helpers/engagementBuilder';

// TODAY is 2026-11-28.
const tender = (deadline: string) => `kind: tender\ndeadline: ${deadline}\n`;
const bid = (kind: string, status: string) => `---\nkind: ${kind}\nstage: bidding\nstatus: ${status}\n---\n# Bid\n`;
const run = (deadline: string, o: { tech?: string; comm?: string; extra?: string; language?: 'en' | 'zh-CN'; stage?: string } = {}) =>
  check({
    'engagement.yaml': engagementYaml({ stage: o.stage ?? 'bidding', extra: o.extra, language: o.language }),
    '05-bidding/tender.yaml': tender(deadline),
    '05-bidding/technical-bid.md': bid('technical-bid', o.tech ?? 'final'),
    '05-bidding/commercial-bid.md': bid('commercial-bid', o.comm ?? 'final'),
  });

describe('bid-deadline', () => {
  it('warns at the tender deadline when it is 7 days away and a bid is still a draft', async () => {
    const f = await run('2026-12-05', { tech: 'draft' });
    assert.deepEqual(at(f, 'bid-deadline'), ['05-bidding/tender.yaml:2:11-2:21']);
    const x = f.find((y) => y.code === 'bid-deadline')!;
    assert.equal(x.severity, 'warning');
    assert.equal(x.data?.daysLeft, 7);
    assert.deepEqual(x.data?.pending, [{ kind: 'technical-bid', file: '05-bidding/technical-bid.md', status: 'draft' }]);
    assert.match(x.message, /in 7 days \(2026-12-05\).*Technical bid \(draft\)/);
  });

  it('counts a bid document not written yet, and says when the deadline has just passed', async () => {
    const missing = await check({ 'engagement.yaml': engagementYaml({ stage: 'bidding' }), 'tender.yaml': tender('2026-11-28') });
    assert.match(missing.find((y) => y.code === 'bid-deadline')!.message, /due today .*Technical bid \(not written\), Commercial bid \(not written\)/);
    const past = await run('2026-11-25', { comm: 'review' });
    assert.match(past.find((y) => y.code === 'bid-deadline')!.message, /passed 3 days ago/);
  });

  it('is silent 8 days out, when every bid is final (also long after the deadline: awaiting the result), and at closure', async () => {
    assert.deepEqual(at(await run('2026-12-06', { tech: 'draft' }), 'bid-deadline'), []);
    assert.deepEqual(at(await run('2026-12-01'), 'bid-deadline'), []);
    assert.deepEqual(at(await run('2026-10-01'), 'bid-deadline'), []);
    assert.deepEqual(at(await run('2026-12-01', { tech: 'draft', stage: 'closure' }), 'bid-deadline'), []);
    assert.deepEqual(at(await run('2026-10-01', { tech: 'draft', stage: 'closure' }), 'bid-deadline'), []);
  });

  it('keeps warning long after the deadline while a bid is not final: nobody recorded whether it went in', async () => {
    const f = await run('2026-11-01', { tech: 'draft' });
    assert.deepEqual(at(f, 'bid-deadline'), ['05-bidding/tender.yaml:2:11-2:21']);
    const x = f.find((y) => y.code === 'bid-deadline')!;
    assert.equal(x.severity, 'warning');
    assert.equal(x.data?.daysLeft, -27);
    assert.equal(x.message, 'The bid deadline 2026-11-01 passed 27 days ago, yet these bid documents are not final: Technical bid (draft). If the bid went in, mark the submitted version `status: final`; if the deadline was extended, write the new date; if no bid was made, record why in the closure report and move to Closure.');
    assert.match((await run('2026-11-27', { comm: 'draft' })).find((y) => y.code === 'bid-deadline')!.message, /passed yesterday, yet these bid documents are not final: Commercial bid \(draft\)\./);
  });

  it('reads a passed engagement dates.bid_deadline (no tender file), in the bidding stage and before it', async () => {
    // The trial's case: dates.bid_deadline 11 days ago, nothing in the portfolio but "bid 2026-11-17 (-11 d)".
    const files = (stage: string, language: 'en' | 'zh-CN' = 'en') => ({ 'engagement.yaml': engagementYaml({ stage, language, extra: 'dates:\n  bid_deadline: 2026-11-17\n' }) });
    const bidding = await check(files('bidding'));
    assert.deepEqual(at(bidding, 'bid-deadline'), ['engagement.yaml:8:17-8:27']);
    assert.match(bidding.find((y) => y.code === 'bid-deadline')!.message, /^The bid deadline 2026-11-17 passed 11 days ago, yet these bid documents are not final: Technical bid \(not written\), Commercial bid \(not written\)\./);
    assert.deepEqual(at(await check(files('solution')), 'bid-deadline'), ['engagement.yaml:8:17-8:27']);
    const zh = (await check(files('bidding', 'zh-CN'))).find((y) => y.code === 'bid-deadline')!;
    assert.equal(zh.message, '投标截止日 2026-11-17 已过 11 天，以下标书仍未定稿：技术标（未编写）、商务标（未编写）。已投标的，请将递交版本标为 final；截止日延期的，请改为新日期；未投标的，请在结束报告中写明原因并进入结束阶段。');
    assert.deepEqual(at(await check(files('closure')), 'bid-deadline'), []);
  });

  it('falls back to engagement dates.bid_deadline', async () => {
    const f = await check({ 'engagement.yaml': engagementYaml({ stage: 'bidding', extra: 'dates:\n  bid_deadline: 2026-12-01\n' }) });
    assert.deepEqual(at(f, 'bid-deadline'), ['engagement.yaml:8:17-8:27']);
  });

  it('speaks zh-CN and follows policy.bid_deadline_days and rules off', async () => {
    const zh = await run('2026-12-01', { comm: 'draft', language: 'zh-CN' });
    assert.match(zh.find((y) => y.code === 'bid-deadline')!.message, /投标截止仅剩 3 天.*商务标.draft./);
    assert.equal(at(await run('2026-12-10', { tech: 'draft', extra: policyYaml({ bid_deadline_days: 14 }) }), 'bid-deadline').length, 1);
    assert.deepEqual(at(await run('2026-12-01', { tech: 'draft', extra: policyYaml({ bid_deadline_days: 2 }) }), 'bid-deadline'), []);
    assert.deepEqual(at(await run('2026-12-01', { tech: 'draft', extra: policyYaml({}, { 'bid-deadline': 'off' }) }), 'bid-deadline'), []);
  });
});
