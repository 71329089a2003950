import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { csvCell } from '../../../src/cli/csvText';
import { runCapture as run, tempFolder } from '../helpers/cliRun';
import { TEAM_ROOT, TODAY } from '../team/teamFixture';

/** test/fixtures/team-currency: CNY, USD, and a EUR budget priced in USD. */
const CURRENCY_ROOT = new URL('../../fixtures/team-currency/', import.meta.url).pathname;

const HOSTILE_TITLE = '<script>alert(1)</script>"&\'';
const hostile = () =>
  tempFolder({
    'x/engagement.yaml': `kind: engagement\nid: x\ntitle: '${HOSTILE_TITLE.replace(/'/g, "''")}'\ncustomer: '=HYPERLINK("http://evil")'\nstage: kickoff\nlanguage: en\nteam:\n  presales_lead: "@SUM(A1)"\n`,
  });

describe('presales portfolio', () => {
  it('JSON: the contract keys per engagement, and the totals', async () => {
    const r = await run(['portfolio', TEAM_ROOT, '--format', 'json', '--today', TODAY]);
    assert.equal(r.code, 0, r.err);
    const p = JSON.parse(r.out);
    const keys = ['id', 'title', 'customer', 'stage', 'days_in_stage', 'budget', 'priced', 'deadline', 'qualification', 'errors', 'warnings', 'last_activity', 'owner'];
    for (const k of keys) assert.ok(k in p.engagements[0], k);
    assert.equal(p.engagements.length, 12);
    assert.deepEqual(p.totals.pipeline, { value: 7560000, weighted: 2899000 });
    assert.equal(p.totals.win_rate, 0.4);
  });

  it('text: grouped by stage with the stage totals; Chinese when every engagement is', async () => {
    const r = await run(['portfolio', TEAM_ROOT, '--today', TODAY]);
    assert.match(r.out, /^Solution — 1, value 810,000, weighted 324,000$/m);
    assert.match(r.out, /bid 2026-12-05 \(4 d\)/);
    assert.match(r.out, /^Bids due this week: Delta Freight \[delta\] 2026-12-05, Elm Utilities \[elm\] 2026-12-07$/m); // customers with ids (s18 trial-lead #7)
    assert.match(r.out, /^Stalled \(no activity for more than 30 days\): Cedar Bank \[cedar\], 某市人民医院 \[fir\]$/m);
    const zh = await run(['portfolio', `${TEAM_ROOT}06-bidding-fir`, '--today', TODAY]);
    assert.match(zh.out, /^招投标\/谈判——1 个，金额 450,000，加权 270,000$/m);
  });

  it('--language: a lead of a mixed team picks the report language (portfolio and gaps); anything else is refused', async () => {
    const zh = await run(['portfolio', TEAM_ROOT, '--today', TODAY, '--language', 'zh-CN']);
    assert.equal(zh.code, 0, zh.err);
    assert.match(zh.out, /^方案——1 个，金额 810,000，加权 324,000$/m);
    const en = await run(['portfolio', `${TEAM_ROOT}06-bidding-fir`, '--today', TODAY, '--language', 'en']);
    assert.match(en.out, /^Bidding \/ negotiation — 1, value 450,000, weighted 270,000$/m);
    const gaps = await run(['gaps', TEAM_ROOT, '--today', TODAY, '--language', 'zh-CN']);
    assert.equal(gaps.code, 0, gaps.err);
    assert.doesNotMatch(gaps.out, /\b(requirements?|engagements?)\b/);
    const bad = await run(['portfolio', TEAM_ROOT, '--language', 'fr']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--language must be zh-CN or en, not "fr"/);
  });

  it('mixed currencies: each amount with its code, totals in one currency, the rest named in text, JSON, CSV and HTML', async () => {
    const text = (await run(['portfolio', CURRENCY_ROOT, '--today', TODAY])).out;
    assert.match(text, /^ {4}budget 300,000 EUR · priced 250,000 USD · /m);
    assert.match(text, /^Solution — 2, value 1,000,000, weighted 400,000; not added: USD 250,000 \(1 engagement\)$/m);
    assert.match(text, /^Totals are in CNY; amounts in other currencies are not added: USD 450,000 \(2 engagements\)$/m);
    const json = JSON.parse((await run(['portfolio', CURRENCY_ROOT, '--format', 'json', '--today', TODAY])).out);
    assert.deepEqual([json.totals.currency, json.totals.excluded], ['CNY', [{ currency: 'USD', engagements: 2, value: 450000 }]]);
    const csv = (await run(['portfolio', CURRENCY_ROOT, '--format', 'csv', '--today', TODAY])).out.split('\r\n');
    assert.ok(csv[0].endsWith(',stalled,priced_currency'));
    assert.ok(csv.some((l) => l.startsWith('cobalt,') && l.includes(',300000,250000,EUR,') && l.endsWith(',USD')));
    const html = (await run(['portfolio', CURRENCY_ROOT, '--format', 'html', '--today', TODAY])).out;
    assert.ok(html.includes('<p class="note">Totals are in CNY; amounts in other currencies are not added: USD 450,000 (2 engagements)</p>'));
    assert.ok(html.includes('>250,000 USD</td>'));
    const gaps = (await run(['gaps', CURRENCY_ROOT, '--today', TODAY])).out;
    assert.match(gaps, /^Reporting — 1,000,000 .*; not added: USD 200,000 \(1 engagement\)$/m);
    assert.match(gaps, /^Budgets at stake are in CNY; /m);
    const gapsCsv = (await run(['gaps', CURRENCY_ROOT, '--format', 'csv', '--today', TODAY])).out.split('\r\n');
    assert.ok(gapsCsv[1].endsWith(',CNY,USD 200000 (1)'), gapsCsv[1]);
  });

  it('text and HTML name the deals the win/loss reading cannot read, and check warns on the lost one', async () => {
    const eng = (id: string) => `kind: engagement\nid: ${id}\ntitle: T\ncustomer: C\nstage: closure\nlanguage: en\n`;
    const folder = tempFolder({ 'a/engagement.yaml': eng('a'), 'a/closure-report.md': '---\nkind: closure-report\noutcome: lost\n---\n# C\n', 'b/engagement.yaml': eng('b') });
    const text = (await run(['portfolio', folder, '--today', TODAY])).out;
    assert.match(text, /^Not in the win\/loss reading: 1 lost deal without reasons \(a\); 1 closed engagement without an outcome \(b\)$/m);
    const html = (await run(['portfolio', folder, '--format', 'html', '--today', TODAY])).out;
    assert.ok(html.includes('<p class="note">Not in the win/loss reading: 1 lost deal without reasons (a); 1 closed engagement without an outcome (b)</p>'));
    const check = (await run(['check', folder, '--today', TODAY])).out;
    assert.match(check, /^a\/closure-report\.md:3:10 warning closure-incomplete The deal is lost/m);
  });

  it('--stalled-days changes who is stalled', async () => {
    const r = await run(['portfolio', TEAM_ROOT, '--format', 'json', '--today', TODAY, '--stalled-days', '60']);
    assert.deepEqual(JSON.parse(r.out).totals.stalled.map((s: { id: string }) => s.id), ['fir']);
  });

  it('--by person: 售前考评 per presales lead', async () => {
    const r = await run(['portfolio', TEAM_ROOT, '--by', 'person', '--format', 'json', '--today', TODAY]);
    const people = JSON.parse(r.out).people;
    assert.deepEqual(people.map((p: { person: string; gates: unknown }) => [p.person, p.gates]), [['Alice', { due: 13, on_time: 4 }], ['Bob', { due: 15, on_time: 3 }], ['李明', { due: 7, on_time: 0 }]]);
    const text = await run(['portfolio', TEAM_ROOT, '--by', 'person', '--today', TODAY]);
    assert.match(text.out, /^ {2}follow-ups within 3 days: 1 of 3 \(33%\)$/m);
  });

  it('CSV: one row per engagement; formulas and quotes neutralised', async () => {
    const r = await run(['portfolio', hostile(), '--format', 'csv', '--today', TODAY]);
    const lines = r.out.split('\r\n');
    assert.deepEqual([...Buffer.from(r.out, 'utf8').subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM so Excel reads Chinese');
    assert.equal(lines[0].split(',')[0], '\uFEFFid');
    assert.equal(lines[1], `x,"<script>alert(1)</script>""&'","'=HYPERLINK(""http://evil"")",kickoff,,,,,,,,0,0,,'@SUM(A1),x,,true,`);
    assert.equal(csvCell('-1+2'), "'-1+2");
    assert.equal(csvCell(-3), '-3');
    assert.equal(csvCell('a\nb'), 'a\\nb');
    assert.equal(csvCell(null), '');
  });

  it('HTML: self-contained, every value escaped, the script and style allowed by their hashes only', async () => {
    const r = await run(['portfolio', hostile(), '--format', 'html', '--today', TODAY]);
    const html = r.out;
    assert.ok(!html.includes(HOSTILE_TITLE));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&#39;'));
    assert.equal((html.match(/<script>/g) ?? []).length, 1);
    assert.doesNotMatch(html, /https?:\/\/(?!evil)/); // nothing fetched: the only URL is the customer's text
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    assert.match(csp, /^default-src 'none'; /);
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    assert.ok(csp.includes(`script-src ${hash(script)}`));
    assert.ok(csp.includes(`style-src ${hash(style)}`));
    assert.doesNotMatch(html, / on[a-z]+=/); // no inline handlers
  });

  it('exit 2 on usage errors and when no engagement is found', async () => {
    assert.equal((await run(['portfolio'])).code, 2);
    assert.equal((await run(['portfolio', TEAM_ROOT, '--format', 'xml'])).code, 2);
    assert.equal((await run(['portfolio', TEAM_ROOT, '--by', 'team'])).code, 2);
    assert.equal((await run(['portfolio', TEAM_ROOT, '--by', 'person', '--format', 'html'])).code, 2);
    assert.equal((await run(['portfolio', TEAM_ROOT, '--stalled-days', '-1'])).code, 2);
    assert.equal((await run(['gaps', TEAM_ROOT, '--format', 'html'])).code, 2);
    assert.equal((await run(['portfolio', tempFolder({ 'a.txt': 'x' })])).code, 2);
  });
});

describe('presales gaps', () => {
  it('JSON and text: areas ranked by the budgets at stake', async () => {
    const r = await run(['gaps', TEAM_ROOT, '--format', 'json', '--today', TODAY]);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.out).areas.map((a: { area: string; revenue: number }) => [a.area, a.revenue]), [['Reporting', 5500000], ['Mobile', 5000000], ['Integration', 4200000], ['Security', 2500000]]);
    const text = await run(['gaps', TEAM_ROOT, '--today', TODAY]);
    assert.match(text.out, /^Reporting — 5,500,000 at stake in 4 engagements$/m);
    assert.match(text.out, /^ {2}also in 1 won engagement \(1,500,000\)$/m);
  });

  it('CSV: one row per area and type', async () => {
    const r = await run(['gaps', TEAM_ROOT, '--format', 'csv', '--today', TODAY]);
    const lines = r.out.trimEnd().split('\r\n');
    assert.equal(lines.length, 1 + 5);
    assert.ok(r.out.startsWith('\uFEFFarea,'), 'UTF-8 BOM first');
    assert.equal(lines[1], 'Reporting,5500000,deal-breaker,4,5,5500000,0,0,03-research-cedar#REQ-001; 04-solution-delta#REQ-001; 04-solution-delta#REQ-002; 06-bidding-fir#REQ-001; 09-lost-iris#REQ-001,CNY,');
  });
});
