import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { EngagementStatus } from '../../../src/core';
import { bidCardModel } from '../../../src/extension/dashboard/bidCardModel';
import { dashboardModel } from '../../../src/extension/dashboard/dashboardModel';
import { renderInDom } from './renderHarness';
import { acmeStatus } from './statusFixture';

const zh = JSON.parse(readFileSync(new URL('../../../l10n/parts/dashboard.zh-cn.json', import.meta.url), 'utf8')) as Record<string, string>;
const XSS = '<img src=x onerror=alert(1)>';

function biddingStatus(): EngagementStatus {
  const s = acmeStatus();
  s.stage = 'bidding';
  s.bids = { ...s.bids, deadline: '2026-12-02', daysToDeadline: 2, quietPeriod: true, clauses: { star: 6, triangle: 3, starUnanswered: 1, triangleUnanswered: 0 } };
  const item = (name: string, lost: number) => ({ item: name, points: 30, expected: 30 - lost, lost, why: '', rule: 'judged' as const, assumed: false });
  s.score = { items: [item('投标报价', 5.22), item(XSS, 5), item('实施方案', 4), item('业绩', 1)], total: 85.78, max: 100, scenarios: [], weakSpots: ['投标报价', XSS, '实施方案', '业绩'] };
  return s;
}

describe('the bid card', () => {
  it('is built only in the bidding stage, with the top three weak spots', () => {
    assert.equal(bidCardModel(acmeStatus()), undefined);
    assert.equal(dashboardModel(acmeStatus(), 'k', 'en').bid, undefined);
    assert.deepEqual(bidCardModel(biddingStatus()), {
      star: 6, triangle: 3, starUnanswered: 1, triangleUnanswered: 0, quietPeriod: true, deadline: '2026-12-02', daysLeft: 2,
      score: { total: 85.78, max: 100, weak: [{ item: '投标报价', lost: 5.22 }, { item: XSS, lost: 5 }, { item: '实施方案', lost: 4 }] },
    });
  });

  it('draws countdown, open clauses, quiet period and score in zh-CN, data as text only', async () => {
    const { doc, root, close } = renderInDom(dashboardModel(biddingStatus(), 'k', 'zh-CN'), { t: (m) => zh[m] ?? m });
    try {
      const card = root.querySelector('.bid-card')!;
      assert.equal(card.getAttribute('aria-label'), '投标');
      assert.equal(card.querySelector('.bid-deadline.urgent')!.textContent, '距投标截止还有 2 天（2026-12-02）');
      assert.equal(card.querySelector('.bid-clauses.open')!.textContent, '★ 6（未应答 1）· ▲ 3（未应答 0）');
      assert.equal(card.querySelector('.bid-quiet')!.textContent, '静默期：只通过正式澄清/答疑渠道沟通');
      assert.equal(card.querySelector('.bid-score')!.textContent, '预计得分 85.78 / 100');
      assert.deepEqual([...card.querySelectorAll('.bid-weak li')].map((li) => li.textContent), ['投标报价：失 5.22 分', `${XSS}：失 5 分`, '实施方案：失 4 分']);
      assert.equal(doc.querySelectorAll('img').length, 0);
    } finally { await close(); }
  });

  it('says "due today" on the deadline day, one day in the singular, and the days passed after it (en and zh-CN)', async () => {
    const line = async (days: number, lang: 'en' | 'zh-CN') => {
      const st = biddingStatus();
      st.bids = { ...st.bids, daysToDeadline: days };
      const { root, close } = renderInDom(dashboardModel(st, 'k', lang), lang === 'zh-CN' ? { t: (m) => zh[m] ?? m } : {});
      try { return root.querySelector('.bid-deadline')!.textContent; } finally { await close(); }
    };
    assert.equal(await line(0, 'en'), 'The bid is due today (2026-12-02)');
    assert.equal(await line(0, 'zh-CN'), '今天投标截止（2026-12-02）');
    assert.equal(await line(1, 'en'), '1 day to the deadline (2026-12-02)');
    assert.equal(await line(1, 'zh-CN'), '距投标截止还有 1 天（2026-12-02）');
    assert.equal(await line(-1, 'en'), 'Deadline passed 1 day ago (2026-12-02)');
    assert.equal(await line(-3, 'en'), 'Deadline passed 3 days ago (2026-12-02)');
    assert.equal(await line(-3, 'zh-CN'), '投标截止已过 3 天（2026-12-02）');
  });

  it('is absent from the sidebar outside the bidding stage', async () => {
    const { root, close } = renderInDom(dashboardModel(acmeStatus(), 'k', 'en'));
    try { assert.equal(root.querySelector('.bid-card'), null); } finally { await close(); }
  });
});
