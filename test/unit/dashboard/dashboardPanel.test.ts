import * as assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { checkWorkspace } from '../../../src/core/checkWorkspace';
import { buildStatus, type EngagementStatus } from '../../../src/core';
import { engagementFacts, validateMessage } from '../../../src/extension/dashboard/messageValidator';
import { pageShell } from '../../../src/extension/dashboard/dashboardHtml';
import { panelModel } from '../../../src/extension/dashboardPanel/panelModel';
import { panelStrings } from '../../../src/extension/dashboardPanel/panelStrings';
import type { PanelModel } from '../../../src/webview/protocol';
import { GROUP_ABOVE } from '../../../src/webview/render/panelMap';
import { PANEL_SECTIONS } from '../../../src/webview/render/renderPanel';
import { fsFromFolder } from '../helpers/checkFixture';
import { assertZhTranslations, zhParts } from '../helpers/zhTranslations';
import { renderPanelInDom } from './panelHarness';

const zh = zhParts('dashboard', 'dashboardPanel');
const HOSTILE_NAME = '<img src=x onerror=alert(1)>Mallory';
const HOSTILE_TITLE = '</title><script>alert(2)</script>';
const TODAY = '2026-11-28';

// A bid four days from its deadline with 26 stakeholders (12 of them medium × neutral) and one hostile name.
let status: EngagementStatus;
let files: string[];
let m: PanelModel;
before(async () => {
  const [r] = await checkWorkspace(fsFromFolder('test/fixtures/dashboard-panel'), { today: TODAY });
  status = buildStatus(r.engagement, r.findings, { today: TODAY });
  files = r.engagement.files.map((f) => f.path);
  m = panelModel(status, 'k', 'en');
});

describe('editor-area dashboard: model', () => {
  it('is the sidebar model plus the full score estimate: every item with its loss, every price scenario', () => {
    assert.equal(m.stages.length, 6);
    assert.ok(m.bid, 'bidding stage: a bid card');
    assert.equal(m.bid!.daysLeft, status.bids.daysToDeadline);
    const d = m.bidDetail!;
    assert.deepEqual(d.items.map((i) => [i.item, i.points, i.expected, i.lost]), status.score!.items.map((i) => [i.item, i.points, i.expected, i.lost]));
    assert.deepEqual(d.scenarios.map((s) => [s.name, s.pricePoints, s.total]), status.score!.scenarios.map((s) => [s.name, s.price_points, s.total]));
    assert.ok(d.items.some((i) => i.lost > 0), 'the fixture loses points somewhere');
    assert.equal(d.formula, status.score!.formula);
  });

  it('has no bid detail outside the bidding stage', () => {
    const m2 = panelModel({ ...status, stage: 'solution' }, 'k', 'en');
    assert.equal(m2.bid, undefined);
    assert.equal(m2.bidDetail, undefined);
  });
});

describe('editor-area dashboard: render', () => {
  it('draws the six sections with their headings', async () => {
    const { root, close } = renderPanelInDom(m);
    try {
      assert.deepEqual([...root.querySelectorAll('[data-section]')].map((e) => e.getAttribute('data-section')), [...PANEL_SECTIONS]);
      assert.equal(root.querySelector('h1')!.textContent, status.title);
      assert.equal(root.querySelector('.counts')!.textContent, `${status.counts.error} errors, ${status.counts.warning} warnings, ${status.counts.info} info`);
      assert.equal(root.querySelectorAll('.panel-stage').length, 6);
      assert.equal(root.querySelectorAll('table.bid-items tbody tr').length, m.bidDetail!.items.length);
      assert.equal(root.querySelectorAll('table.bid-scenarios tbody tr').length, m.bidDetail!.scenarios.length);
      assert.match(root.querySelector('.bid-deadline')!.textContent!, /^4 days to the deadline \(2026-12-02\)$/);
    } finally { await close(); }
  });

  it('keeps a crowded map readable: a cell with more than 3 people shows type groups with counts, the names in the title', async () => {
    const { root, close } = renderPanelInDom(m);
    try {
      const cell = root.querySelector('[data-influence="medium"] .panel-map-cell[data-attitude="neutral"]')!;
      const inCell = m.map.rows.find((r) => r.influence === 'medium')!.cells.find((c) => c.attitude === 'neutral')!.chips;
      assert.ok(inCell.length > GROUP_ABOVE);
      assert.equal(cell.getAttribute('data-count'), String(inCell.length));
      const folds = [...cell.querySelectorAll(':scope > details.chip-group-fold')];
      assert.equal(folds.length, new Set(inCell.map((c) => c.type)).size, 'one group per decision-maker type');
      assert.equal(folds.reduce((n, f) => n + Number(f.getAttribute('data-count')), 0), inCell.length);
      assert.equal(cell.querySelectorAll(':scope > .chip').length, 0, 'no loose chips: no tall column');
      const approvers = folds.find((f) => f.getAttribute('data-type') === inCell[0].type)!;
      const names = inCell.filter((c) => c.type === inCell[0].type).map((c) => c.name);
      const title = approvers.querySelector('summary')!.getAttribute('title')!;
      for (const n of names) assert.ok(title.includes(n), `${n} in the group's title`);
      assert.match(approvers.querySelector('summary .chip-name')!.textContent!, new RegExp(` ×${names.length}$`));
      // Every mapped person is reachable: 26 chips in the map and the unplaced list.
      const placed = m.map.rows.flatMap((r) => r.cells.flatMap((c) => c.chips)).length + m.map.unplaced.length;
      assert.equal(placed, 26);
      assert.equal(root.querySelectorAll('.panel-map-section button.chip').length, 26);
    } finally { await close(); }
  });

  it('counts people in the right number: "1 person", "3 people" (cell text and aria label)', async () => {
    const { root, close } = renderPanelInDom(m);
    try {
      const counts = [...root.querySelectorAll('.panel-map-cell')].filter((c) => c.querySelector('.cell-count'));
      const sizes = counts.map((c) => Number(c.getAttribute('data-count')));
      assert.ok(sizes.includes(1) && sizes.some((n) => n > 1), `fixture has a one-person and a crowded cell: ${sizes.join(',')}`);
      for (const c of counts) {
        const n = Number(c.getAttribute('data-count'));
        assert.equal(c.querySelector('.cell-count')!.textContent, n === 1 ? '1 person' : `${n} people`);
        assert.match(c.getAttribute('aria-label')!, n === 1 ? /: 1 person$/ : new RegExp(`: ${n} people$`));
      }
    } finally { await close(); }
  });

  it('shows a hostile name and title as text, never as markup', async () => {
    const { root, doc, close } = renderPanelInDom(m);
    try {
      assert.equal(doc.querySelectorAll('img, script, iframe').length, 0);
      const chip = root.querySelector('button.chip[data-id="hostile"]')!;
      assert.equal(chip.querySelector('.chip-name')!.textContent, HOSTILE_NAME);
      assert.equal(chip.getAttribute('title'), `${HOSTILE_NAME} (${HOSTILE_TITLE}) · User`);
      assert.ok(root.textContent!.includes(HOSTILE_NAME));
    } finally { await close(); }
  });

  it('links each answered concern to its file:line; the host accepts the reveal', async () => {
    const { root, posted, close } = renderPanelInDom(m);
    try {
      const answered = m.map.concerns.filter((c) => c.answeredAt);
      assert.ok(answered.length > 0);
      const links = [...root.querySelectorAll<HTMLElement>('.panel-concerns .concern-where')];
      assert.equal(links.length, answered.length);
      const at = answered[0].answeredAt!;
      assert.equal(links[0].textContent, `${at.file}:${at.range.start.line + 1}`);
      links[0].click();
      assert.deepEqual(posted, [{ type: 'reveal', key: 'k', file: at.file, range: at.range }]);
      assert.ok(validateMessage(posted[0], () => engagementFacts(files, status)));
      assert.equal(validateMessage({ ...posted[0], file: '../../etc/passwd' }, () => engagementFacts(files, status)), undefined);
    } finally { await close(); }
  });

  it('groups pitfalls into now and the history fold, structural findings after them; rows add up to the counts', async () => {
    const { root, close } = renderPanelInDom(m);
    try {
      const section = root.querySelector('[data-section="pitfalls"]')!;
      assert.ok(section.querySelector('details.pitfalls-history'), 'history is folded');
      const listed = [...section.querySelectorAll('.pitfall')].reduce((n, r) => n + Number(r.getAttribute('data-count') ?? 1), 0);
      assert.equal(listed, m.counts.error + m.counts.warning + m.counts.info);
      assert.equal(root.querySelector('[data-section="qualification"] .panel-qualification')!.getAttribute('data-score'), String(m.qualification!.score));
    } finally { await close(); }
  });

  it('renders in zh-CN from the host strings', async () => {
    const zm = panelModel(status, 'k', 'zh-CN');
    const { root, close } = renderPanelInDom(zm, { t: (s) => zh[s] ?? s });
    try {
      assert.deepEqual([...root.querySelectorAll('.panel-section > h2')].map((h) => h.textContent), ['阶段进度', '干系人地图', '投标卡', '关注点及其应答位置', '误区', '商机鉴定评分']);
      assert.match(root.querySelector('.panel-map-cell[data-count="12"] summary .chip-name')!.textContent!, /^\S+ \d+ 人$/);
    } finally { await close(); }
  });
});

describe('editor-area dashboard: strings and page', () => {
  it('every English text has a zh-CN translation with the same placeholders', () => {
    assertZhTranslations(panelStrings((s) => s), zh);
  });

  it('has the sidebar CSP, our two stylesheets and one nonce script, nothing inline', () => {
    const html = pageShell({ bodyClass: 'dashboard-panel', cspSource: 'https://*.vscode-cdn.net', scriptUri: 'https://x.vscode-cdn.net/dist/dashboardPanel.js', styleUris: ['https://x.vscode-cdn.net/media/dashboard.css', 'https://x.vscode-cdn.net/media/dashboardPanel.css'], nonce: 'n0nce', lang: '"><script>' });
    assert.match(html, /content="default-src 'none'; style-src https:\/\/\*\.vscode-cdn\.net; script-src 'nonce-n0nce';/);
    assert.deepEqual(html.match(/<script\b[^>]*>/g), ['<script nonce="n0nce" src="https://x.vscode-cdn.net/dist/dashboardPanel.js">']);
    assert.equal((html.match(/<link rel="stylesheet"/g) ?? []).length, 2);
    assert.doesNotMatch(html, /<style|\sstyle=|\son\w+=|unsafe-/);
  });
});
