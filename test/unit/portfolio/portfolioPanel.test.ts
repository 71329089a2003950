import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { Window } from 'happy-dom';
import { buildGapLog, buildPortfolio, engagementFacts, evaluateByPerson, type EngagementFacts } from '../../../src/core';
import { validatePortfolioMessage } from '../../../src/extension/portfolio/portfolioMessages';
import { portfolioViewModel } from '../../../src/extension/portfolio/portfolioModel';
import { portfolioStrings } from '../../../src/extension/portfolio/portfolioStrings';
import type { PortfolioViewModel } from '../../../src/webview/portfolio/protocol';
import { renderPortfolio, visibleRows, type PortfolioUi } from '../../../src/webview/portfolio/renderPortfolio';
import { fsFromFolder } from '../helpers/checkFixture';
import { MemoryFs } from '../helpers/memoryFs';
import { checkWorkspace } from '../../../src/core';
import { TODAY, teamFacts } from '../team/teamFixture';

const zh = JSON.parse(readFileSync('l10n/parts/portfolio.zh-cn.json', 'utf8')) as Record<string, string>;
const XSS = '<img src=x onerror=alert(1)>';
const UI: PortfolioUi = { tab: 'engagements', sort: 'stage', descending: false, filter: '' };

function viewOf(facts: readonly EngagementFacts[], lang: 'en' | 'zh-CN' = 'en', t: (m: string) => string = (m) => m): PortfolioViewModel {
  return portfolioViewModel(buildPortfolio(facts, { today: TODAY }), evaluateByPerson(facts), buildGapLog(facts), (folder) => `file:///ws#${folder}`, lang, t);
}

function renderInDom(model: PortfolioViewModel | undefined, ui: PortfolioUi = UI, t: (m: string) => string = (m) => m) {
  const window = new Window();
  const doc = window.document as unknown as Document;
  const opened: string[] = [];
  const uis: PortfolioUi[] = [];
  const strings = portfolioStrings(t);
  const root = renderPortfolio({ doc, s: (k) => strings[k], ui, onUi: (u) => uis.push(u), onOpen: (k) => opened.push(k) }, model);
  doc.body.append(root);
  return { doc, root, opened, uis, close: () => window.happyDOM.close() };
}

describe('portfolio panel: model', () => {
  let model: PortfolioViewModel;
  before(async () => {
    model = viewOf([...(await teamFacts()).values()]);
  });

  it('one row per engagement with the store key, numbers kept for sorting, texts for display', () => {
    assert.equal(model.rows.length, 12);
    const delta = model.rows.find((r) => r.id === 'delta')!;
    assert.deepEqual(
      [delta.key, delta.stageLabel, delta.daysInStage, delta.priced, delta.pricedText, delta.deadline, delta.daysToDeadline, delta.qualification, delta.owner],
      ['file:///ws#04-solution-delta', 'Solution', 30, 810000, '810,000', '2026-12-05', 4, 90, 'Bob'],
    );
    assert.equal(model.rows.find((r) => r.id === 'gale')!.stageLabel, 'Closure · won');
    assert.equal(model.rows.find((r) => r.id === 'gale')!.daysToDeadline, null);
  });

  it('totals, people and gaps as the CLI computes them', () => {
    assert.equal(model.summary[0], 'Pipeline 7,560,000, weighted 2,899,000; won 2 (2,100,000), lost 3 (4,100,000); win rate 40%');
    // Stalled and due this week are counts that filter the rows, not sentences of ids (s18 trial-lead #7).
    assert.deepEqual(model.filters, [
      { only: 'stalled', text: 'Stalled (no activity for more than 30 days): 2', count: 2 },
      { only: 'due', text: 'Bids due this week: 2', count: 2 },
    ]);
    assert.deepEqual(model.rows.filter((r) => r.due).map((r) => r.id), ['delta', 'elm']);
    assert.deepEqual(model.stages[4], { label: 'Bidding / negotiation', count: 2, value: '3,450,000', weighted: '2,070,000' });
    assert.deepEqual([model.people[0].person, model.people[0].followUps, model.people[0].gates, model.people[0].research], ['Alice', '1 of 3 (33%)', '4 of 13 on time', '1 engagement, 5 person-days over']);
    assert.deepEqual([model.gaps[0].area, model.gaps[0].revenue, model.gaps[1].won], ['Reporting', '5,500,000', '1 (1,500,000)']);
    assert.deepEqual([model.gaps[0].types, model.gaps[1].types], ['deal-breaker: 5 requirements in 4 engagements, 5,500,000', 'challenge: 2 requirements in 2 engagements, 5,000,000']);
  });

  it('in Chinese with the zh-CN strings, and every string has a translation', async () => {
    const m = viewOf([...(await teamFacts()).values()], 'zh-CN', (s) => zh[s] ?? s);
    assert.equal(m.summary[0], '在途金额 7,560,000，加权 2,899,000；赢单 2 个（2,100,000），丢单 3 个（4,100,000）；赢率 40%');
    assert.equal(m.rows.find((r) => r.id === 'gale')!.stageLabel, '结束 · 赢单');
    assert.equal(m.people[0].gates, '13 个中 4 个按时');
    assert.deepEqual(m.filters.map((f) => f.text), ['停滞（超过 30 天无活动）：2 个', '本周截止投标：2 个']);
    assert.deepEqual([m.people[0].research, m.gaps[0].types], ['1 个项目，共超出 5 人天', '致命差距：4 个项目中 5 条需求，预算 5,500,000']);
    for (const [key, en] of Object.entries(portfolioStrings((s) => s))) assert.ok(zh[en], `no zh-CN for ${key}: ${en}`);
  });

  it('sorting (numbers as numbers, empty last) and filtering', () => {
    const ids = (ui: Partial<PortfolioUi>) => visibleRows(model.rows, { ...UI, ...ui }).map((r) => r.id);
    assert.deepEqual(ids({ sort: 'daysToDeadline' }), ['delta', 'elm', 'fir', 'harbor', 'maple', 'cedar', 'gale', 'hill', 'iris', 'juniper', 'kelp', 'lark']);
    assert.deepEqual(ids({ sort: 'qualification', descending: true }).slice(0, 2), ['delta', 'harbor']);
    assert.deepEqual(ids({ sort: 'budget', descending: true }).slice(0, 3), ['elm', 'iris', 'cedar']);
    assert.deepEqual(ids({ filter: 'bob' }), ['maple', 'delta', 'hill', 'juniper', 'lark']);
    assert.deepEqual(ids({ filter: '人民医院' }), ['fir']);
    assert.deepEqual(ids({ only: 'stalled' }), ['cedar', 'fir']);
    assert.deepEqual(ids({ only: 'due', filter: 'bob' }), ['delta']);
  });
});

describe('portfolio panel: rendering and messages', () => {
  it('renders rows, a sortable head and tabs; clicking a customer asks to open that engagement', async () => {
    const model = viewOf([...(await teamFacts()).values()]);
    const { root, opened, uis, close } = renderInDom(model);
    try {
      assert.equal(root.querySelectorAll('table.rows tbody tr').length, 12);
      assert.equal(root.querySelectorAll('tr.is-stalled').length, 2); // cedar, fir (harbor is new, idle since opened)
      (root.querySelector('[data-focus="open-file:///ws#04-solution-delta"]') as HTMLElement).click();
      assert.deepEqual(opened, ['file:///ws#04-solution-delta']);
      (root.querySelector('[data-focus="sort-budget"]') as HTMLElement).click();
      assert.deepEqual(uis.at(-1), { ...UI, sort: 'budget', descending: false });
      (root.querySelector('[data-focus="only-due"]') as HTMLElement).click();
      assert.deepEqual(uis.at(-1), { ...UI, only: 'due' });
      (root.querySelector('[data-focus="tab-gaps"]') as HTMLElement).click();
      assert.equal(uis.at(-1)!.tab, 'gaps');
    } finally {
      await close();
    }
    const gaps = renderInDom(model, { ...UI, tab: 'gaps' });
    try {
      assert.equal(gaps.root.querySelectorAll('table.gaps tbody tr').length, 4);
    } finally {
      await gaps.close();
    }
  });

  it('renders hostile values as text, creating no element from them', async () => {
    const fs = new MemoryFs({
      'x/engagement.yaml': `kind: engagement\nid: x\ntitle: "${XSS}"\ncustomer: "${XSS}"\nstage: solution\nteam:\n  presales_lead: "${XSS}"\n`,
      'x/requirements.yaml': `kind: requirements\nitems:\n  - id: R-1\n    title: t\n    gap: { type: challenge, area: "${XSS}" }\n`,
    });
    const reports = await checkWorkspace(fs, { today: TODAY });
    const model = viewOf(reports.map((r) => engagementFacts(r.engagement, r.findings, TODAY)));
    for (const tab of ['engagements', 'people', 'gaps'] as const) {
      const { root, close } = renderInDom(model, { ...UI, tab });
      try {
        assert.equal(root.querySelectorAll('img').length, 0, tab);
        assert.ok(root.textContent!.includes(XSS), tab);
      } finally {
        await close();
      }
    }
  });

  it('an empty workspace shows the empty text', async () => {
    const { root, close } = renderInDom(viewOf([]));
    try {
      assert.equal(root.querySelector('.empty')!.textContent, portfolioStrings((m) => m).empty);
    } finally {
      await close();
    }
  });

  it('the message validator accepts only ready and open of a known engagement', () => {
    const known = (k: string) => k === 'file:///ws#a';
    assert.deepEqual(validatePortfolioMessage({ type: 'ready' }, known), { type: 'ready' });
    assert.deepEqual(validatePortfolioMessage({ type: 'open', key: 'file:///ws#a' }, known), { type: 'open', key: 'file:///ws#a' });
    for (const bad of [null, [], 'open', { type: 'ready', x: 1 }, { type: 'open', key: 'file:///ws#b' }, { type: 'open', key: 'file:///ws#a', file: '../x' }, { type: 'open', key: 1 }, { type: 'run' }]) {
      assert.equal(validatePortfolioMessage(bad, known), undefined, JSON.stringify(bad));
    }
  });

  it('examples: the three bundled engagements make a portfolio', async () => {
    const reports = await checkWorkspace(fsFromFolder('examples'), { today: TODAY });
    const model = viewOf(reports.map((r) => engagementFacts(r.engagement, r.findings, TODAY)));
    assert.deepEqual(model.rows.map((r) => r.folder).sort(), ['acme-his', 'county-hospital-bid', 'northwind-erp']);
  });
});
