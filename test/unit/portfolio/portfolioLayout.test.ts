import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Window } from 'happy-dom';
import { buildGapLog, buildPortfolio, evaluateByPerson } from '../../../src/core';
import { portfolioViewModel } from '../../../src/extension/portfolio/portfolioModel';
import { portfolioStrings } from '../../../src/extension/portfolio/portfolioStrings';
import { PORTFOLIO_SORTS } from '../../../src/webview/portfolio/protocol';
import { deadlineCell, renderPortfolio } from '../../../src/webview/portfolio/renderPortfolio';
import { zhParts } from '../helpers/zhTranslations';
import { TODAY, teamFacts } from '../team/teamFixture';

/**
 * What media/portfolio.css relies on for a narrow panel (s18 trial: beside an editor the table scrolled
 * sideways, dates wrapped as "2026-/11-30"): every head and cell names its column, dates are marked, and the
 * stylesheet only sets aside columns that exist, never the name, stage, budget, deadline or errors.
 */
describe('portfolio layout hooks', () => {
  it('names every cell\'s column (head and body agree) and marks the date cells', async () => {
    const facts = [...(await teamFacts()).values()];
    const m = portfolioViewModel(buildPortfolio(facts, { today: TODAY }), evaluateByPerson(facts), buildGapLog(facts), (f) => f, 'en', (s) => s);
    const window = new Window();
    const doc = window.document as unknown as Document;
    const strings = portfolioStrings((s) => s);
    const root = renderPortfolio({ doc, s: (k) => strings[k], ui: { tab: 'engagements', sort: 'stage', descending: false, filter: '' }, onUi: () => {}, onOpen: () => {} }, m);
    try {
      const cols = (tr: Element) => [...tr.children].map((c) => c.getAttribute('data-col'));
      assert.deepEqual(cols(root.querySelector('table.rows thead tr')!), [...PORTFOLIO_SORTS]);
      const rows = [...root.querySelectorAll('table.rows tbody tr')];
      assert.equal(rows.length, m.rows.length);
      for (const tr of rows) assert.deepEqual(cols(tr), [...PORTFOLIO_SORTS]);
      const dates = rows.map((tr) => tr.querySelector('td.date')!);
      assert.ok(dates.every((d) => d.getAttribute('data-col') === 'lastActivity'));
      assert.ok(dates.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.textContent!)));
      const delta = root.querySelector('tr[data-key="04-solution-delta"] [data-col="daysToDeadline"]');
      assert.equal(delta!.textContent, '2026-12-05 (in 4 d)');
    } finally { await window.happyDOM.close(); }
  });

  it('the stylesheet nowraps dates and sets aside only existing, low-value columns', () => {
    const css = readFileSync('media/portfolio.css', 'utf8');
    assert.match(css, /\.grid td\.date\s*\{[^}]*white-space: nowrap/);
    const hidden = [...css.matchAll(/\[data-col="([^"]+)"\]/g)].map((x) => x[1]);
    assert.ok(hidden.length >= 3);
    for (const c of hidden) assert.ok((PORTFOLIO_SORTS as readonly string[]).includes(c), `${c} is a column`);
    for (const kept of ['customer', 'stage', 'budget', 'daysToDeadline', 'errors']) assert.ok(!hidden.includes(kept), `${kept} stays visible`);
  });

  it('says the bid deadline\'s distance with a unit: today, ahead, passed (en, zh-CN)', () => {
    const zh = zhParts('portfolio');
    const en = portfolioStrings((m) => m);
    const cn = portfolioStrings((m) => zh[m] ?? m);
    const cell = (t: typeof en, days: number | null) => deadlineCell((k) => t[k], '2026-12-02', days);
    assert.deepEqual([0, 3, -1, null].map((d) => cell(en, d)), ['2026-12-02 (today)', '2026-12-02 (in 3 d)', '2026-12-02 (1 d ago)', '2026-12-02']);
    assert.deepEqual([0, 3, -11].map((d) => cell(cn, d)), ['2026-12-02（今天）', '2026-12-02（还有 3 天）', '2026-12-02（已过 11 天）']);
  });
});
