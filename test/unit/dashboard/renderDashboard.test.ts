import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { dashboardModel } from '../../../src/extension/dashboard/dashboardModel';
import { engagementFacts, validateMessage } from '../../../src/extension/dashboard/messageValidator';
import { renderInDom } from './renderHarness';
import { acmeStatus, person } from './statusFixture';

const XSS = '<img src=x onerror=alert(1)>';
const zhStrings = JSON.parse(readFileSync(new URL('../../../l10n/parts/dashboard.zh-cn.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('dashboard rendering', () => {
  it('shows a hostile stakeholder name as text and creates no element from it', async () => {
    const status = acmeStatus();
    status.stakeholders.people.push(person('xss-probe', { name: XSS, title: XSS, influence: 'high', attitude: 'champion' }));
    status.title = XSS;
    status.pitfalls[0].items[0].finding.message = XSS;
    const { doc, root, close } = renderInDom(dashboardModel(status, 'k1', 'en'));
    try {
      assert.equal(doc.querySelectorAll('img').length, 0);
      assert.equal(doc.querySelectorAll('[onerror]').length, 0);
      const chip = root.querySelector('.chip[data-id="xss-probe"]')!;
      assert.equal(chip.querySelector('.chip-name')!.textContent, XSS);
      assert.ok(chip.getAttribute('aria-label')!.includes(XSS));
      assert.equal(root.querySelector('.engagement-title')!.textContent, XSS);
      assert.ok(root.textContent!.includes(XSS));
    } finally { await close(); }
  });

  it('draws the pipeline with the current stage marked and labelled for assistive technology', async () => {
    const { root, close } = renderInDom(dashboardModel(acmeStatus(), 'k1', 'en'));
    try {
      const pipeline = root.querySelector('ol.pipeline')!;
      assert.equal(pipeline.getAttribute('aria-label'), 'Presales stages, current stage highlighted');
      const stages = [...pipeline.querySelectorAll('li.stage')];
      assert.deepEqual(stages.map((s) => `${s.getAttribute('data-stage')}:${s.getAttribute('data-state')}`),
        ['kickoff:done', 'introduction:done', 'research:done', 'solution:current', 'bidding:todo', 'closure:todo']);
      const current = pipeline.querySelector('[aria-current="step"]')!;
      assert.equal(current.getAttribute('data-stage'), 'solution');
      assert.equal(current.querySelector('button')!.getAttribute('aria-label'), 'Solution: current, 50% complete');
      assert.deepEqual([...root.querySelectorAll('.stage-detail .deliverable')].map((d) => d.getAttribute('data-kind')), ['solution', 'pricing', 'stage-summary']);
      assert.deepEqual([...root.querySelectorAll('.blocker')].map((b) => b.textContent), ['No stage summary', 'No passed review']);
      assert.equal((root.querySelector('.stage-current .stage-bar-fill') as HTMLElement).style.width, '50%');
    } finally { await close(); }
  });

  it('labels the map, marks type by shape and cold by text, and shows coverage gaps', async () => {
    const { root, close } = renderInDom(dashboardModel(acmeStatus(), 'k1', 'en'));
    try {
      const map = root.querySelector('.map[role="table"]')!;
      assert.equal(map.getAttribute('aria-label'), 'Stakeholder map: influence by attitude');
      const sun = map.querySelector('.map-row[data-influence="high"] .map-cell[data-attitude="neutral"] .chip')!;
      assert.equal(sun.getAttribute('data-type'), 'business-decider');
      assert.equal(sun.querySelector('.chip-mark')!.textContent, '▲');
      assert.equal(sun.querySelector('.chip-cold')!.textContent, 'cold');
      assert.equal(sun.getAttribute('aria-label'), '孙立新, Business decider, No contact for 45 days. Open in stakeholders file');
      assert.equal(root.querySelector('.unplaced .chip')!.getAttribute('data-id'), 'ghost');
      const gaps = [...root.querySelectorAll('.coverage-item[data-gap="true"]')].map((c) => c.getAttribute('data-type'));
      assert.deepEqual(gaps, ['business-decider']);
      assert.deepEqual([...root.querySelectorAll('.concern')].map((c) => `${c.getAttribute('data-concern')}:${c.querySelector('.concern-state')!.textContent}`), ['price:answered', 'brand:unanswered']);
    } finally { await close(); }
  });

  it('lists pitfalls by severity with a go-to button and draws the scope bar', async () => {
    const { root, posted, close } = renderInDom(dashboardModel(acmeStatus(), 'k1', 'zh-CN'));
    try {
      const creep = root.querySelector('li.pitfall[data-code="scope-creep"]')!;
      assert.equal(creep.querySelector('.pitfall-term')!.textContent, '随机熔断');
      assert.equal(creep.querySelector('.pitfall-location')!.textContent, 'acme/04-solution/pricing.yaml:34');
      (creep.querySelector('button.goto') as HTMLElement).click();
      assert.deepEqual(posted, [{ type: 'reveal', key: 'k1', file: 'acme/04-solution/pricing.yaml', range: { start: { line: 33, character: 0 }, end: { line: 33, character: 14 } } }]);
      assert.deepEqual([...root.querySelectorAll('ul.pitfalls')].map((u) => u.getAttribute('data-severity')), ['warning', 'info']);
      const bar = root.querySelector('.scope-bar[role="meter"]')!;
      assert.equal(bar.getAttribute('aria-valuenow'), '122.5');
      assert.equal((bar.querySelector('.scope-fill') as HTMLElement).style.width, '61.3%');
      assert.equal((bar.querySelector('.scope-mark-warn') as HTMLElement).style.left, '55%');
    } finally { await close(); }
  });

  it('posts only messages the host validator accepts', async () => {
    const status = acmeStatus();
    const facts = engagementFacts(['acme/engagement.yaml'], status);
    const { root, posted, close } = renderInDom(dashboardModel(status, 'k1', 'en'));
    try {
      const buttons = [...root.querySelectorAll('button')] as HTMLElement[];
      assert.ok(buttons.length >= 15, `${buttons.length} buttons`);
      for (const b of buttons) b.click();
      const kinds = new Set(posted.map((m) => m.type));
      assert.deepEqual([...kinds].sort(), ['command', 'openDeliverable', 'openStakeholder', 'reveal']);
      for (const m of posted) assert.deepEqual(validateMessage(JSON.parse(JSON.stringify(m)), (k) => (k === 'k1' ? facts : undefined)), m);
    } finally { await close(); }
  });

  it('renders zh-CN without English UI words and keeps no handler attributes', async () => {
    const { root, close } = renderInDom(dashboardModel(acmeStatus(), 'k1', 'zh-CN'), { t: (m) => zhStrings[m] ?? m });
    try {
      const text = root.textContent!;
      for (const s of ['启动', '宣介', '调研', '方案', '招投标', '结束', '王海涛']) assert.ok(text.includes(s), s);
      assert.doesNotMatch(text, /\b(Stakeholders?|Pitfalls|Stage|Gate|Budget|Check|Go to)\b/);
      const headings = [...root.querySelectorAll('vscode-collapsible')].map((c) => c.getAttribute('heading'));
      assert.deepEqual(headings, ['阶段进度', '干系人地图', '误区']);
      // Inline styles only from CSSOM writes (allowed by the CSP) on the bar parts; no handler attributes at all.
      for (const e of root.querySelectorAll('*')) {
        for (const a of e.getAttributeNames()) assert.ok(!/^on/i.test(a), `${e.tagName} has ${a}`);
        if (e.hasAttribute('style')) assert.ok(e.matches('.stage-bar-fill, .scope-fill, .scope-mark'), `${e.className} has a style`);
      }
    } finally { await close(); }
  });

  it('offers the engagement picker only with several engagements and honours collapsed sections', async () => {
    const picks: string[] = [];
    const model = dashboardModel(acmeStatus(), 'k1', 'en');
    const one = renderInDom(model, { engagements: [{ key: 'k1', label: 'A' }] });
    const two = renderInDom(model, { engagements: [{ key: 'k1', label: 'A' }, { key: 'k2', label: XSS }], ui: { collapsed: { map: true }, onPick: (k) => picks.push(k) } });
    try {
      assert.equal(one.root.querySelector('vscode-single-select'), null);
      const select = two.root.querySelector('vscode-single-select')!;
      assert.deepEqual([...select.querySelectorAll('vscode-option')].map((o) => `${o.getAttribute('value')}:${o.textContent}:${o.hasAttribute('selected')}`), ['k1:A:true', `k2:${XSS}:false`]);
      (select as unknown as { value: string }).value = 'k2';
      select.dispatchEvent(new two.doc.defaultView!.Event('change'));
      assert.deepEqual(picks, ['k2']);
      assert.deepEqual([...two.root.querySelectorAll('vscode-collapsible')].map((c) => `${c.getAttribute('data-section')}:${c.hasAttribute('open')}`), ['pipeline:true', 'map:false', 'pitfalls:true']);
      assert.equal(two.doc.querySelectorAll('img').length, 0);
    } finally { await one.close(); await two.close(); }
  });

  it('says so when there is no engagement', async () => {
    const { root, close } = renderInDom(undefined);
    try { assert.match(root.querySelector('.empty')!.textContent!, /No engagement/); } finally { await close(); }
  });
});
