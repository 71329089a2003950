import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check, fsFromFolder } from '../helpers/checkFixture';
import { statusOf } from '../status/statusOf';

/**
 * Engagements written the way real teams write them (test/fixtures/realistic), reviewed as a senior presales
 * lead would: each test states the exact findings expected — mostly none at warning or error where the work is
 * genuinely fine — and a mutation proves the rule is still awake on the same engagement.
 */
const DIR = 'test/fixtures/realistic';
const codes = (f: Awaited<ReturnType<typeof check>>) => f.map((x) => `${x.severity} ${x.code}`).sort();

/** The fixture's files by relative path, so a test can edit or drop one before checking. */
function filesOf(folder: string): Record<string, string> {
  const root = join(DIR, folder);
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(root, p).split('\\').join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(root);
  return out;
}

async function checkWith(folder: string, today: string, edits: Record<string, [string, string]> = {}) {
  const files = filesOf(folder);
  for (const [file, [from, to]] of Object.entries(edits)) {
    assert.ok(files[file]?.includes(from), `${file} has "${from}"`);
    files[file] = files[file].replace(from, to);
  }
  return check(files, today);
}

describe('realistic zh-CN public tender, four days before the deadline (varied deviation phrasing)', () => {
  it('a compliant bid is quiet: only the price item’s small loss and the record are information', async () => {
    const f = await checkWith('zh-gov-tender', '2026-11-28');
    // 完全满足，详见…（P23）; 提供 5 家用户证明（附件 7，第 112-118 页）; ≤2秒 → 平均 1.2 秒; 五年原厂质保; 7×24 小时响应;
    // ref: 第 2.3.2 条 answers clause 2.3.2; 十五天内 → 10 日内 + 3-5 天安装; ２人 → 3 名; 99.9% → ９９．９５％; 不提供额外费用; 免费升级到后续版本; 暂未发现; 按计划于.
    assert.deepEqual(codes(f), ['info need-unanswered', 'info opponent-unhandled', 'info score-loss']);
    const loss = f.find((x) => x.code === 'score-loss')!;
    // 2,600,000 ÷ (3,080,000 × 0.88 = 2,710,400) × 30 = 28.78: 1.22 points, below score_loss_warn 5.
    assert.match(loss.message, /失 1\.22 分/);
  });

  it('a row that copies the clause text but has no ref still answers the clause (no false ★ error)', async () => {
    const f = await checkWith('zh-gov-tender', '2026-11-28', { '05-bidding/deviation-commercial.yaml': ['  - ref: "3.1"\n    mark', '  - mark'] });
    assert.deepEqual(f.filter((x) => x.code === 'clause-unanswered').map((x) => x.data?.ref), []);
    // Near miss: a row answering something else leaves the ★ clause unanswered.
    const g = await checkWith('zh-gov-tender', '2026-11-28', { '05-bidding/deviation-commercial.yaml': ['  - ref: "3.1"\n    mark: "★"\n    requirement: 合同签订后', '  - mark: "★"\n    requirement: 项目验收在合同签订后'] });
    assert.deepEqual(g.filter((x) => x.code === 'clause-unanswered').map((x) => [x.severity, x.data?.ref]), [['error', '3.1']]);
  });

  it('stays awake: 2 reference sites against 不少于三家 on a ★ clause is an error at the response', async () => {
    const f = await checkWith('zh-gov-tender', '2026-11-28', { '05-bidding/deviation-commercial.yaml': ['提供 5 家用户证明', '提供 2 家用户证明'] });
    const x = f.filter((y) => y.code === 'deviation-contradiction');
    assert.deepEqual(x.map((y) => [y.severity, y.file, y.range.start.line + 1, y.data?.found]), [['error', '05-bidding/deviation-commercial.yaml', 7, '2 家']]);
  });

  it('stays awake: a range whose worst end misses the bound (2-6 小时 against 30 分钟) is a warning on a ▲ row', async () => {
    const f = await checkWith('zh-gov-tender', '2026-11-28', { '05-bidding/deviation-commercial.yaml': ['接报后 15 分钟内响应', '接报后 1-2 小时响应'] });
    assert.deepEqual(f.filter((y) => y.code === 'deviation-contradiction').map((y) => [y.severity, y.data?.found]), [['warning', '2 小时']]);
  });
});

describe('realistic English competitive negotiation (negotiation-record route)', () => {
  it('owes a negotiation record, not deviation tables or bids: no clause-unanswered, no missing deliverable', async () => {
    const f = await checkWith('en-negotiation', '2026-12-04');
    assert.deepEqual(codes(f), ['info scope-untraced']);
  });

  it('the status agrees with the check: no clause counts as unanswered on the negotiated route', async () => {
    const s = await statusOf(filesOf('en-negotiation'), '2026-12-04');
    assert.deepEqual(s.bids?.clauses, { star: 5, triangle: 5, starUnanswered: 0, triangleUnanswered: 0 });
  });

  it('stays awake: without the negotiation record the bidding stage misses exactly that deliverable', async () => {
    const files = filesOf('en-negotiation');
    delete files['05-bidding/negotiation-record.md'];
    const f = await check(files, '2026-12-04');
    const missing = f.filter((x) => x.code === 'missing-deliverable');
    assert.equal(missing.length, 1);
    assert.match(missing[0].message, /negotiation-record/);
    assert.doesNotMatch(missing[0].message, /deviation-table|technical-bid|commercial-bid/);
    assert.equal(f.filter((x) => x.code === 'clause-unanswered').length, 0);
  });
});

describe('realistic mid-solution engagement with research skipped and estimates', () => {
  it('research skipped owes nothing; estimates within the tolerance are fine', async () => {
    // Σ estimates of needs in scope = 670,000 + 90,000 + 160,000 + 120,000 + 110,000 + 40,000 + 60,000 = 1,250,000
    // ≤ 1,200,000 × 1.1 = 1,320,000: no early 随机熔断.
    const f = await checkWith('en-solution-no-research', '2026-11-05');
    assert.deepEqual(codes(f), ['info missing-deliverable', 'info stale-contact', 'info stale-contact']);
    assert.match(f.find((x) => x.code === 'missing-deliverable')!.message, /\(pricing\)/);
  });

  it('stays awake: estimates beyond the tolerance warn before any pricing exists', async () => {
    // 900,000 instead of 670,000: Σ = 1,480,000 > 1,320,000.
    const f = await checkWith('en-solution-no-research', '2026-11-05', { 'requirements.yaml': ['estimate: 670000', 'estimate: 900000'] });
    assert.deepEqual(f.filter((x) => x.code === 'estimate-over-budget').map((x) => x.severity), ['warning']);
  });
});

describe('realistic closed engagement (lost): the bid is the record', () => {
  it('every finding is history information; none asks for work before a deadline already past', async () => {
    const f = await checkWith('zh-closed-lost', '2026-12-15');
    assert.deepEqual(f.filter((x) => x.severity !== 'info').map((x) => `${x.severity} ${x.code}`), []);
    assert.deepEqual(codes(f), [
      'info biased-clause', 'info clause-unanswered', 'info control-unproven', 'info deviation-contradiction', 'info form-incomplete',
      'info gate-not-met', 'info need-unanswered', 'info price-over-ceiling', 'info score-loss',
      'info total-mismatch', 'info unqualified-investment', 'info vacuous-evidence',
    ]);
    for (const x of f) assert.doesNotMatch(x.message, /投标截止日 2026-12-02 前/, `${x.code}: ${x.message}`);
    assert.ok(f.filter((x) => x.code !== 'need-unanswered').every((x) => x.data?.history === true));
  });

  it('near miss: the same engagement still at the bid, before its deadline, keeps the ★ errors loud', async () => {
    const f = await checkWith('zh-closed-lost', '2026-11-28', { 'engagement.yaml': ['stage: closure', 'stage: bidding'] });
    assert.deepEqual(f.filter((x) => x.severity === 'error').map((x) => x.code).sort(), ['clause-unanswered', 'deviation-contradiction', 'price-over-ceiling']);
  });
});

describe('the shipped examples read as their documentation says', () => {
  const example = (name: string) => check(fsFromFolder(`examples/${name}`), '2026-11-28');

  it('northwind-erp: no warning or error', async () => {
    assert.deepEqual((await example('northwind-erp')).filter((x) => x.severity !== 'info').map((x) => x.code), []);
  });

  it('acme-his: only its three documented pitfalls', async () => {
    assert.deepEqual(codes(await example('acme-his')), ['info stale-contact', 'warning blind-yes', 'warning scope-creep']);
  });

  it('county-hospital-bid: exactly the findings of its EXPECTED.md', async () => {
    assert.deepEqual(codes(await example('county-hospital-bid')), [
      'error clause-unanswered', 'error deviation-contradiction', 'error price-over-ceiling',
      'info form-incomplete', 'info need-unanswered', 'info opponent-unhandled', 'info unqualified-investment',
      'warning biased-clause', 'warning bid-deadline', 'warning control-unproven', 'warning score-loss', 'warning total-mismatch', 'warning vacuous-evidence',
    ]);
  });
});
