import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Window } from 'happy-dom';
import { fileURLToPath } from 'node:url';
import { NodeEngagementFs } from '../../../src/cli/nodeFs';
import { buildGapLog, buildPortfolio, checkWorkspace, engagementFacts, evaluateByPerson } from '../../../src/core';
import { portfolioViewModel } from '../../../src/extension/portfolio/portfolioModel';
import { portfolioStrings } from '../../../src/extension/portfolio/portfolioStrings';
import { renderPortfolio } from '../../../src/webview/portfolio/renderPortfolio';
import { MemoryFs } from '../helpers/memoryFs';
import { TODAY, teamFacts } from '../team/teamFixture';

const ROOT = fileURLToPath(new URL('../../fixtures/team-currency/', import.meta.url));
const zh = JSON.parse(readFileSync('l10n/parts/portfolio.zh-cn.json', 'utf8')) as Record<string, string>;

describe('portfolio panel: mixed currencies (test/fixtures/team-currency)', () => {
  it('amounts carry their currency, stage values and gap revenue name what is not added, the summary says it — both languages', async () => {
    const reports = await checkWorkspace(new NodeEngagementFs(ROOT), { today: TODAY });
    const facts = reports.map((r) => engagementFacts(r.engagement, r.findings, TODAY));
    const view = (lang: 'en' | 'zh-CN', t: (m: string) => string) => portfolioViewModel(buildPortfolio(facts, { today: TODAY }), evaluateByPerson(facts), buildGapLog(facts), (f) => f, lang, t);
    const en = view('en', (m) => m);
    const cobalt = en.rows.find((r) => r.id === 'cobalt')!;
    assert.deepEqual([cobalt.budgetText, cobalt.pricedText], ['300,000 EUR', '250,000 USD']);
    assert.equal(en.summary.at(-1), 'Totals are in CNY; amounts in other currencies are not added: USD 450,000 (2 engagements)');
    assert.equal(en.stages.find((s) => s.count === 1 && s.weighted === '0')!.value, '0; not added: USD 200,000 (1 engagement)');
    assert.equal(en.gaps[0].revenue, '1,000,000; not added: USD 200,000 (1 engagement)');
    const cn = view('zh-CN', (m) => zh[m] ?? m);
    assert.equal(cn.summary.at(-1), '合计均以 CNY 计；其他币种的金额未计入：USD 450,000（2 个项目）');
    assert.equal(cn.gaps[0].revenue, '1,000,000；未计入：USD 200,000（1 个项目）');
  });
});

describe('portfolio panel: the win/loss reading names what it cannot read', () => {
  it('a lost deal without reasons and a closed engagement without an outcome, both languages', async () => {
    const ENG = (id: string) => `kind: engagement\nid: ${id}\ntitle: T\ncustomer: C\nstage: closure\nlanguage: en\n`;
    const reports = await checkWorkspace(new MemoryFs({
      'a/engagement.yaml': ENG('a'), 'a/closure-report.md': '---\nkind: closure-report\noutcome: lost\n---\n# C\n',
      'b/engagement.yaml': ENG('b'), 'c/engagement.yaml': ENG('c'),
    }), { today: TODAY });
    const facts = reports.map((r) => engagementFacts(r.engagement, r.findings, TODAY));
    const view = (lang: 'en' | 'zh-CN', t: (m: string) => string) => portfolioViewModel(buildPortfolio(facts, { today: TODAY }), evaluateByPerson(facts), buildGapLog(facts), (f) => f, lang, t);
    assert.ok(view('en', (m) => m).summary.includes('Not in the win/loss reading: 1 lost deal without reasons (a); 2 closed engagements without an outcome (b, c)'));
    assert.ok(view('zh-CN', (m) => zh[m] ?? m).summary.includes('输赢分析未计入：1 个丢单项目未写原因（a）；2 个已结束项目未写结果（b、c）'));
  });
});

describe('portfolio panel: the stalled / due filters', () => {
  it('a pressed filter shows only its rows and offers “Show all”; pressing it again clears it', async () => {
    const facts = [...(await teamFacts()).values()];
    const model = portfolioViewModel(buildPortfolio(facts, { today: TODAY }), evaluateByPerson(facts), buildGapLog(facts), (f) => f, 'en', (m) => m);
    const window = new Window();
    const doc = window.document as unknown as Document;
    const strings = portfolioStrings((m) => m);
    const uis: unknown[] = [];
    const ui = { tab: 'engagements' as const, sort: 'stage' as const, descending: false, filter: '', only: 'stalled' as const };
    const root = renderPortfolio({ doc, s: (k) => strings[k], ui, onUi: (u) => uis.push(u), onOpen: () => undefined }, model);
    try {
      assert.deepEqual([...root.querySelectorAll('table.rows tbody tr')].map((tr) => tr.getAttribute('data-key')), ['03-research-cedar', '06-bidding-fir']);
      assert.equal(root.querySelector('[data-focus="only-stalled"]')!.getAttribute('aria-pressed'), 'true');
      (root.querySelector('[data-focus="only-stalled"]') as HTMLElement).click();
      (root.querySelector('[data-focus="only-all"]') as HTMLElement).click();
      assert.deepEqual(uis, [{ ...ui, only: 'all' }, { ...ui, only: 'all' }]);
      assert.equal(root.querySelector('[data-focus="only-all"]')!.textContent, 'Show all');
    } finally {
      await window.happyDOM.close();
    }
  });
});

describe('portfolio panel: the gap log links its requirements', () => {
  it('each area lists its requirements as buttons that ask to open them; requirements without an id are not linked', async () => {
    const facts = [...(await teamFacts()).values()];
    const model = portfolioViewModel(buildPortfolio(facts, { today: TODAY }), evaluateByPerson(facts), buildGapLog(facts), (f) => `key:${f}`, 'en', (m) => m);
    assert.deepEqual(model.gaps.find((g) => g.area === 'Mobile')!.requirements, [{ key: 'key:03-research-cedar', requirement: 'REQ-002', label: '03-research-cedar REQ-002' }, { key: 'key:05-bidding-elm', requirement: 'REQ-001', label: '05-bidding-elm REQ-001' }]);
    const window = new Window();
    const doc = window.document as unknown as Document;
    const strings = portfolioStrings((m) => m);
    const opened: [string, string][] = [];
    const ui = { tab: 'gaps' as const, sort: 'stage' as const, descending: false, filter: '' };
    const root = renderPortfolio({ doc, s: (k) => strings[k], ui, onUi: () => undefined, onOpen: () => undefined, onOpenRequirement: (k, r) => opened.push([k, r]) }, model);
    try {
      const cell = root.querySelector('table.gaps tbody tr:first-child td.links')!;
      assert.deepEqual([...cell.querySelectorAll('button.link')].map((b) => b.textContent), model.gaps[0].requirements.map((r) => r.label));
      assert.equal(cell.querySelector('button.link')!.getAttribute('aria-label'), `Open ${model.gaps[0].requirements[0].label} in requirements.yaml`);
      (cell.querySelector('button.link') as HTMLElement).click();
      assert.deepEqual(opened, [[model.gaps[0].requirements[0].key, model.gaps[0].requirements[0].requirement]]);
      assert.equal(root.querySelector('table.gaps thead tr')!.lastElementChild!.textContent, 'Requirements');
    } finally {
      await window.happyDOM.close();
    }
    const noId = buildGapLog([{ ...facts[0], gaps: [{ area: 'X', type: 'challenge', requirement: '#3' }], outcome: undefined }]);
    assert.deepEqual(portfolioViewModel(buildPortfolio([facts[0]], { today: TODAY }), [], noId, (f) => f, 'en', (m) => m).gaps[0].requirements, []);
  });
});
