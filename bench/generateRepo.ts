// Generates a synthetic team repository for the benchmarks: N engagements of ~15 files each, cloned from
// examples/ (zh-CN acme-his, en northwind-erp) with varied ids and a ~2,000-line solution document.
// Deterministic: the same (count, seed) always writes the same bytes.
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

/** The files cloned from each example (15 per engagement, the free note included). */
const ZH_FILES = [
  'engagement.yaml', 'stakeholders.yaml', 'requirements.yaml', 'activities.yaml', 'reviews.yaml',
  '01-kickoff/interface-form.yaml', '01-kickoff/summary.md', '02-introduction/deck.md', '02-introduction/summary.md',
  '03-research/plan.md', '03-research/report.md', '03-research/summary.md', '04-solution/pricing.yaml', '04-solution/solution.md',
];
const EN_FILES = [
  'engagement.yaml', 'stakeholders.yaml', 'requirements.yaml', 'activities.yaml', 'reviews.yaml',
  '01-kickoff/interface-form.yaml', '02-introduction/deck.md', '02-introduction/summary.md', '03-research/plan.md',
  '03-research/report.md', '04-solution/pricing.yaml', '04-solution/solution.md', '05-bidding/tender.yaml',
  '05-bidding/deviation-technical.yaml', '05-bidding/technical-bid.md',
];

/** A small, fast, seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZH_WORDS = '医院 门诊 住院 医嘱 闭环 数据 迁移 平台 接口 医保 结算 护理 病历 评审 架构 容灾 读写分离 高峰 性能 易用 运维 成本 风险 保障 品牌 案例 科室 报表 互联网 复诊 处方 药房 自助机 统一 主数据 集成 审计 安全 等保 备份'.split(' ');
const EN_WORDS = 'warehouse finance close consolidation ledger invoice stock picking handheld offline sync cloud migration rehearsal cut-over reporting dashboard forecast supplier purchase order approval workflow audit security backup availability latency throughput integration API master data role usability training support'.split(' ');

function sentence(rnd: () => number, zh: boolean): string {
  const words = zh ? ZH_WORDS : EN_WORDS;
  const n = 6 + Math.floor(rnd() * 14);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    // A realistic mix: Chinese prose with English product terms and numbers, and the other way round.
    const r = rnd();
    if (r < 0.08) parts.push(zh ? EN_WORDS[Math.floor(rnd() * EN_WORDS.length)] : ZH_WORDS[Math.floor(rnd() * ZH_WORDS.length)]);
    else if (r < 0.14) parts.push(String(Math.floor(rnd() * 10000)));
    else parts.push(words[Math.floor(rnd() * words.length)]);
  }
  const s = parts.join(zh ? '' : ' ');
  return zh ? `${s}。` : `${s[0].toUpperCase()}${s.slice(1)}.`;
}

/** ~`lines` lines of Markdown: scenarios with prose, lists, tables and the odd code fence. */
export function solutionFiller(rnd: () => number, zh: boolean, lines: number): string {
  const out: string[] = [];
  let scenario = 4;
  while (out.length < lines) {
    out.push(zh ? `### 场景${scenario}:${sentence(rnd, true).slice(0, 12)}` : `### Scenario ${scenario}: ${sentence(rnd, false).slice(0, 40)}`, '');
    scenario++;
    const blocks = 3 + Math.floor(rnd() * 5);
    for (let b = 0; b < blocks; b++) {
      const r = rnd();
      if (r < 0.5) out.push(sentence(rnd, zh) + sentence(rnd, zh), '');
      else if (r < 0.75) {
        for (let i = 0; i < 3 + Math.floor(rnd() * 4); i++) out.push(`- ${sentence(rnd, zh)}`);
        out.push('');
      } else if (r < 0.93) {
        out.push(zh ? '| 指标 | 现状 | 目标 |' : '| Metric | Today | Target |', '|---|---|---|');
        for (let i = 0; i < 3 + Math.floor(rnd() * 5); i++) out.push(`| ${sentence(rnd, zh).slice(0, 16)} | ${Math.floor(rnd() * 100)} | ${Math.floor(rnd() * 100)} |`);
        out.push('');
      } else {
        out.push('```yaml', `endpoint: /api/v${Math.floor(rnd() * 3)}/orders`, `timeout_ms: ${Math.floor(rnd() * 5000)}`, '```', '');
      }
    }
  }
  return out.join('\n') + '\n';
}

function pad(n: number): string {
  return String(n).padStart(4, '0');
}

/** Writes `count` engagements below `dir` (replacing it). Returns the number of files written. */
export function generateRepo(dir: string, count: number, seed = 20261128, solutionLines = 2000): number {
  rmSync(dir, { recursive: true, force: true });
  const rnd = prng(seed);
  let written = 0;
  for (let i = 0; i < count; i++) {
    const zh = rnd() < 0.6;
    const base = join(ROOT, 'examples', zh ? 'acme-his' : 'northwind-erp');
    const id = `${zh ? 'hosp' : 'erp'}-${pad(i)}`;
    const root = join(dir, zh ? '医疗' : 'manufacturing', id);
    for (const rel of zh ? ZH_FILES : EN_FILES) {
      let text = readFileSync(join(base, rel), 'utf8');
      if (rel === 'engagement.yaml') {
        text = text.replace(/^id: .*$/m, `id: ${id}`).replace(/^title: (.*)$/m, (_m, t: string) => `title: ${t} #${i}`);
        text = text.replace(/amount: \d+/, `amount: ${(5 + Math.floor(rnd() * 300)) * 10000}`);
      }
      if (rel === '04-solution/solution.md') {
        const at = text.indexOf(zh ? '## F ' : '## F ');
        const filler = solutionFiller(rnd, zh, solutionLines - text.split('\n').length);
        text = `${text.slice(0, at)}${filler}\n${text.slice(at)}`;
      }
      const path = join(root, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      written++;
    }
    if (zh) {
      // A free note without `kind` (the 15th file): read by discovery, not a deliverable.
      mkdirSync(join(root, 'notes'), { recursive: true });
      writeFileSync(join(root, 'notes', 'meeting.md'), `# 会议纪要 ${i}\n\n${sentence(rnd, true)}\n`);
      written++;
    }
  }
  return written;
}

/** Generates into `dir` unless a marker says the same (count, seed) is already there. */
export function ensureRepo(dir: string, count: number, seed = 20261128): void {
  const marker = join(dir, '.bench-marker');
  const want = `v1 ${count} ${seed}`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) return;
  generateRepo(dir, count, seed);
  writeFileSync(marker, want);
}

if (require.main === module) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !count) throw new Error('usage: tsx bench/generateRepo.ts <dir> <count>');
  console.log(`${generateRepo(dir, Number(count))} files written to ${dir}`);
}
