import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Window } from 'happy-dom';
import { discoverEngagements } from '../../../src/core/discoverEngagements';
import { loadEngagement } from '../../../src/core/loadEngagement';
import { traceability } from '../../../src/core/model/traceability';
import { validateMatrixMessage } from '../../../src/extension/matrix/matrixMessages';
import { matrixModel } from '../../../src/extension/matrix/matrixModel';
import { matrixStrings } from '../../../src/extension/matrix/matrixStrings';
import type { MatrixFilter, MatrixLink, MatrixModel } from '../../../src/webview/matrix/protocol';
import { filterRows, renderMatrix } from '../../../src/webview/matrix/renderMatrix';
import { fsFromFolder } from '../helpers/checkFixture';
import { MemoryFs } from '../helpers/memoryFs';
import { zhParts } from '../helpers/zhTranslations';

const XSS = '<img src=x onerror=alert(1)>';
const zh = zhParts('matrix');

async function modelOf(fs: MemoryFs, lang: 'en' | 'zh-CN' = 'en', t: (m: string) => string = (m) => m): Promise<MatrixModel> {
  const [found] = await discoverEngagements(fs, '');
  const e = await loadEngagement(fs, found);
  return matrixModel(traceability(e), 'k1', e.title ?? '', lang, t);
}

/** Renders as main.ts does, into happy-dom; returns the opened links and filter changes. */
function renderInDom(model: MatrixModel | undefined, filter: MatrixFilter = 'all', t: (m: string) => string = (m) => m) {
  const window = new Window();
  const doc = window.document as unknown as Document;
  const opened: MatrixLink[] = [];
  const filters: MatrixFilter[] = [];
  const strings = matrixStrings(t);
  const root = renderMatrix({ doc, s: (k) => strings[k], filter, onFilter: (f) => filters.push(f), onOpen: (l) => opened.push(l) }, model);
  doc.body.append(root);
  return { doc, root, opened, filters, close: () => window.happyDOM.close() };
}

const where = (ls: MatrixLink[]) => ls.map((l) => `${l.where} ${l.label}`);

describe('matrix panel: model → rows', () => {
  it('turns county-hospital-bid into rows whose every cell links to the exact place', async () => {
    const m = await modelOf(fsFromFolder('examples/county-hospital-bid'));
    assert.equal(m.rows.length, 10);
    const r3 = m.rows[2];
    assert.deepEqual([r3.id, r3.kanoLabel, r3.statusLabel, r3.star], ['REQ-003', 'basic', 'met', true]);
    assert.equal(r3.at.where, 'requirements.yaml:17');
    assert.deepEqual(where(r3.answered), ['04-solution/solution.md:19 C 客户愿景与需求']);
    assert.deepEqual(where(r3.priced), ['04-solution/pricing.yaml:8 电子病历系统（五级评审版，含 CDSS） · 620,000', '04-solution/pricing.yaml:27 实施、培训与首年运维服务 · 624,000']);
    assert.deepEqual(where(r3.deviations), ['05-bidding/deviation-technical.yaml:11 ★2.2.1 · no deviation', '05-bidding/deviation-technical.yaml:18 ▲2.2.4 · no deviation']);
    assert.deepEqual(where(r3.source), ['stakeholders.yaml:3 周志宏 (zhou-yuanzhang) · Brand, Risk of use, Price']);
    assert.deepEqual(r3.answered[0].range, { start: { line: 18, character: 0 }, end: { line: 18, character: r3.answered[0].range.end.character } });
    assert.deepEqual(where(m.rows[7].priced), ['04-solution/pricing.yaml:30 互联网医院模块（可选，单独报价） · 230,000 · (optional)']);
  });

  it('filters: answered nowhere, priced nowhere, on a ★ clause', async () => {
    const m = await modelOf(fsFromFolder('examples/county-hospital-bid'));
    const ids = (f: MatrixFilter) => filterRows(m.rows, f).map((r) => r.id);
    assert.equal(ids('all').length, 10);
    assert.deepEqual(ids('unanswered'), ['REQ-002', 'REQ-004', 'REQ-005', 'REQ-006', 'REQ-008', 'REQ-009', 'REQ-010']);
    assert.deepEqual(ids('unpriced'), ['REQ-009', 'REQ-010']);
    assert.deepEqual(ids('star'), ['REQ-003', 'REQ-005', 'REQ-007']);
  });

  it('labels in the display language (zh-CN strings from l10n/parts/matrix.zh-cn.json)', async () => {
    const m = await modelOf(fsFromFolder('examples/county-hospital-bid'), 'zh-CN', (s) => zh[s] ?? s);
    assert.deepEqual([m.rows[5].kanoLabel, m.rows[5].statusLabel], ['基本', '部分满足']);
    assert.deepEqual(where(m.rows[5].deviations), ['05-bidding/deviation-technical.yaml:25 2.4.1 · 负偏离', '05-bidding/deviation-technical.yaml:32 ▲2.4.3 · 正偏离']);
    assert.deepEqual(where(m.rows[5].source), ['stakeholders.yaml:19 林晓东 (lin-kezhang) · 性能、使用保证、使用成本']);
    for (const [key, en] of Object.entries(matrixStrings((s) => s))) assert.ok(zh[en], `no zh-CN for ${key}: ${en}`);
  });
});

describe('matrix panel: rendering', () => {
  it('renders a hostile requirement title and item as text, creating no element from them', async () => {
    const fs = new MemoryFs({
      'engagement.yaml': 'kind: engagement\nid: x\ntitle: "<b>x</b>"\ncustomer: C\nstage: solution\n',
      'requirements.yaml': `kind: requirements\nitems:\n  - id: R-1\n    title: "${XSS}"\n    kano: basic\n`,
      'pricing.yaml': `kind: pricing\nlines:\n  - item: "${XSS}"\n    amount: 1\n    req: [R-1]\n`,
    });
    const { doc, root, close } = renderInDom(await modelOf(fs));
    try {
      assert.equal(doc.querySelectorAll('img').length, 0);
      assert.equal(doc.querySelectorAll('[onerror]').length, 0);
      assert.equal(doc.querySelectorAll('b').length, 0);
      assert.equal(root.querySelector('tr[data-id="R-1"] .title')!.textContent, XSS);
      assert.equal(root.querySelector('td.priced button.link')!.textContent, `${XSS} · 1`);
      assert.equal(root.querySelector('h1')!.textContent, 'Compliance matrix: <b>x</b>');
    } finally { await close(); }
  });

  it('makes every cell a button that asks to open its place; empty cells say so; the filter is offered with counts', async () => {
    const { root, opened, close } = renderInDom(await modelOf(fsFromFolder('examples/county-hospital-bid')), 'star');
    try {
      assert.deepEqual([...root.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-id')), ['REQ-003', 'REQ-005', 'REQ-007']);
      const link = root.querySelector<HTMLElement>('tr[data-id="REQ-005"] td.deviations button.link')!;
      assert.equal(link.getAttribute('aria-label'), '★2.1.3 · positive deviation, open 05-bidding/deviation-technical.yaml:4');
      link.click();
      assert.deepEqual(opened.map((l) => [l.file, l.range.start.line]), [['05-bidding/deviation-technical.yaml', 3]]);
      assert.equal(root.querySelector('tr[data-id="REQ-005"] td.answered')!.className, 'answered missing');
      assert.deepEqual([...root.querySelectorAll('vscode-option')].map((o) => `${o.getAttribute('value')}${o.hasAttribute('selected') ? '*' : ''} ${o.textContent}`), [
        'all All requirements (10)', 'unanswered Answered nowhere in the solution (7)', 'unpriced Priced nowhere (2)', 'star* On a ★ clause (3)',
      ]);
      assert.equal(root.querySelector('vscode-badge')!.textContent, '3 of 10');
    } finally { await close(); }
  });

  it('says an engagement has no requirements yet and how to add one, not that a filter matched none (en, zh-CN)', async () => {
    const fs = new MemoryFs({ 'engagement.yaml': 'kind: engagement\nid: x\ntitle: X\ncustomer: C\nstage: discovery\n' });
    // The command named is the palette's real title in both languages (package.nls*.json).
    for (const [nls, text] of [['package.nls.json', matrixStrings((x) => x).noRequirements], ['package.nls.zh-cn.json', zh[matrixStrings((x) => x).noRequirements]]]) {
      const n = JSON.parse(readFileSync(nls, 'utf8')) as Record<string, string>;
      assert.ok(text.includes(`${n.category}: ${n['command.addRequirement.title']}`), `${nls}: ${text}`);
    }
    const m = await modelOf(fs);
    assert.equal(m.rows.length, 0);
    for (const [t, text] of [[(x: string) => x, 'No requirements recorded yet. Add the first with "Presales: Add Requirement…" from the Command Palette.'],
      [(x: string) => zh[x] ?? x, '尚未记录任何需求。请在命令面板中运行“售前: 添加需求…”添加第一条。']] as const) {
      const { root, close } = renderInDom(m, 'unanswered', t);
      try {
        assert.equal(root.querySelector('p.empty')!.textContent, text);
        assert.equal(root.querySelector('vscode-single-select'), null, 'no filter over nothing');
        assert.equal(root.querySelector('table'), null);
      } finally { await close(); }
    }
    const { root, close } = renderInDom(await modelOf(fsFromFolder('examples/county-hospital-bid')), 'all');
    try { assert.equal(root.querySelector('p.empty'), null); } finally { await close(); }
  });

  it('shows the empty state without a model', async () => {
    const { root, close } = renderInDom(undefined);
    try { assert.match(root.textContent!, /No engagement to trace/); } finally { await close(); }
  });
});

describe('matrix panel: messages from the page', () => {
  const paths = (key: string) => (key === 'k1' ? new Set(['requirements.yaml', '04-solution/solution.md']) : undefined);
  const range = { start: { line: 18, character: 0 }, end: { line: 18, character: 5 } };

  it('accepts ready and an open of a file of the engagement, rebuilt from its checked fields', () => {
    assert.deepEqual(validateMatrixMessage({ type: 'ready' }, paths), { type: 'ready' });
    assert.deepEqual(validateMatrixMessage({ type: 'open', key: 'k1', file: '04-solution/solution.md', range }, paths), { type: 'open', key: 'k1', file: '04-solution/solution.md', range });
  });

  it('drops anything else: unknown engagement or file, escapes, extra fields, bad ranges, other types', () => {
    const bad: unknown[] = [
      null, 'open', [], { type: 'ready', key: 'k1' }, { type: 'reveal', key: 'k1', file: 'requirements.yaml', range },
      { type: 'open', key: 'k2', file: 'requirements.yaml', range },
      { type: 'open', key: 'k1', file: 'stakeholders.yaml', range },
      { type: 'open', key: 'k1', file: '../requirements.yaml', range },
      { type: 'open', key: 'k1', file: '/etc/passwd', range },
      { type: 'open', key: 'k1', file: 'file:///etc/passwd', range },
      { type: 'open', key: 'k1', file: 'requirements.yaml', range, command: 'x' },
      { type: 'open', key: 'k1', file: 'requirements.yaml', range: { start: { line: 2, character: 0 }, end: { line: 1, character: 0 } } },
      { type: 'open', key: 'k1', file: 'requirements.yaml', range: { start: { line: -1, character: 0 }, end: { line: 1, character: 0 } } },
      { type: 'open', key: 'k1', file: 'requirements.yaml', range: { start: { line: 1.5, character: 0 }, end: { line: 2, character: 0 } } },
      { type: 'open', key: 'k1', file: 'requirements.yaml' },
    ];
    for (const m of bad) assert.equal(validateMatrixMessage(m, paths), undefined, JSON.stringify(m));
  });
});
