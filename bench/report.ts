// Writes docs/benchmarks.json and the table in docs/benchmarks.md from one bench run.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';

/** Everything one run measured. Times in milliseconds, memory in MB. */
export interface BenchResult {
  date: string;
  machine: Record<string, string | number>;
  sizes: {
    engagements: number;
    files: number;
    findings: number;
    check: { ms: number; wallMs: number; filesPerSec: number; maxRssMB: number };
    streamed: { ms: number; maxRssMB: number };
    floor: { ms: number; wallMs: number; maxRssMB: number };
    peers: { ajvWallMs: number; markdownlintWallMs: number };
    runs: number;
    peerRuns: number;
  }[];
  incremental: Partial<Record<'keystroke' | 'stakeholders', { p50: number; p95: number; lines: number; samples: number }>>;
  activation: { bundleKB?: number; requireMs?: number; activateMs?: number; activateError?: string; scan300Ms?: number };
  /** `check --cache` and the portfolio (bench/run.ts measureTeam). */
  team?: {
    date: string; engagements: number; runs: number; fullMs: number; primeMs: number; oneChangeMs: number; unchangedMs: number;
    renderMs: number; cliPortfolioMs: number; cliPortfolioCachedMs: number; loadAvgAtStart: number; loadAvgAtEnd: number;
  };
  /** What the extension's store keeps after its first full scan (bench/storeMemory.ts). */
  store?: {
    date: string; engagements: number; files: number; openEditors: number; keptBodies: number; runs: number;
    heapUsedMB: number; rssMB: number; maxRssMB: number; scanMs: number;
  };
}

/** CPU, memory, OS and Node facts of this machine. */
export function machineFacts(): Record<string, string | number> {
  const dep = (name: string) => (JSON.parse(readFileSync(join(__dirname, '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAvg1mAtStart: Number(loadavg()[0].toFixed(1)), memoryGB: Math.round(totalmem() / 2 ** 30), kernel: release(), node: process.version,
    yaml: dep('yaml'), markdownIt: dep('markdown-it'), ajv: dep('ajv'), ajvCli: dep('ajv-cli'), markdownlintCli2: dep('markdownlint-cli2'), commit,
  };
}

const f = (n: number | undefined, d = 0) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(d));
/** A load average above the core count at either end means other work shared the machine. */
const busy = (m: Record<string, string | number | undefined>) => [m.loadAvg1mAtStart, m.loadAvg1mAtEnd].some((l) => typeof l !== 'number' || l > Number(m.cores));
const ok = (good: boolean | undefined) => (good === undefined ? 'not measured' : good ? '**met**' : '**missed**');

/** The Markdown table block between the BENCH markers of docs/benchmarks.md. */
export function renderTable(r: BenchResult): string {
  const rows = [
    `Measured ${r.date.slice(0, 10)} on ${r.machine.cpu} (${r.machine.cores} cores, ${r.machine.memoryGB} GB), Linux ${r.machine.kernel}, Node ${r.machine.node}, commit ${r.machine.commit} plus the working tree; 1-minute load average ${r.machine.loadAvg1mAtStart} at start, ${r.machine.loadAvg1mAtEnd ?? '?'} at the end${busy(r.machine) ? ' (a load above the core count: other work shared the machine, read ratios rather than absolute times)' : ''}.`,
    '',
    '| engagements | files | our check ms (all kept) | files/s | our wall ms | peak RSS MB | presales check CLI (streams): ms / peak RSS MB | floor ms | floor wall ms | check / floor | ajv-cli wall ms | markdownlint-cli2 wall ms | peers wall ms |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const s of r.sizes) {
    rows.push(`| ${s.engagements} | ${s.files} | ${f(s.check.ms)} | ${f(s.check.filesPerSec)} | ${f(s.check.wallMs)} | ${f(s.check.maxRssMB)} | ${f(s.streamed.ms)} / ${f(s.streamed.maxRssMB)} | ${f(s.floor.ms)} | ${f(s.floor.wallMs)} | ${f(s.check.ms / s.floor.ms, 2)}× | ${f(s.peers.ajvWallMs)} | ${f(s.peers.markdownlintWallMs)} | ${f(s.peers.ajvWallMs + s.peers.markdownlintWallMs)} |`);
  }
  const k = r.incremental.keystroke;
  const st = r.incremental.stakeholders;
  const a = r.activation;
  const big = r.sizes[r.sizes.length - 1];
  rows.push('', '| incremental re-check (300 engagements) | p50 ms | p95 ms |', '|---|---:|---:|');
  if (k) rows.push(`| one keystroke in a ${k.lines}-line solution.md | ${f(k.p50, 2)} | ${f(k.p95, 2)} |`);
  if (st) rows.push(`| stakeholders.yaml changed | ${f(st.p50, 2)} | ${f(st.p95, 2)} |`);
  rows.push('', '| activation | value |', '|---|---:|');
  rows.push(`| dist/extension.js size | ${a.bundleKB === undefined ? 'not built' : `${f(a.bundleKB)} KB`} |`);
  rows.push(`| require the bundle (stub vscode) | ${f(a.requireMs, 1)} ms |`, `| activate() with a stub context | ${a.activateMs === undefined ? `not measured${a.activateError ? ` (${a.activateError.replace(/\|/g, '/')})` : ''}` : `${f(a.activateMs, 1)} ms`} |`);
  rows.push(`| first full scan of 300 engagements (core, parse cache) | ${f(a.scan300Ms)} ms |`);
  const activation = a.requireMs === undefined ? undefined : a.requireMs + (a.activateMs ?? 0) < 100;
  const t = r.team;
  if (t) {
    rows.push('', `| team repository (${t.engagements} engagements, measured ${t.date}, median of ${t.runs}; load average ${t.loadAvgAtStart} → ${t.loadAvgAtEnd}) | ms |`, '|---|---:|');
    rows.push(`| \`presales check\` (full, no cache) | ${f(t.fullMs)} |`, `| \`check --cache\`, first run (writes the cache) | ${f(t.primeMs)} |`);
    rows.push(`| \`check --cache\` after one file changed | ${f(t.oneChangeMs)} (${f((t.oneChangeMs / t.fullMs) * 100, 1)} % of full) |`, `| \`check --cache\`, nothing changed | ${f(t.unchangedMs)} |`);
    rows.push(`| portfolio render from checked engagements (digests + totals + HTML) | ${f(t.renderMs)} |`);
    rows.push(`| \`presales portfolio --format html\` end to end | ${f(t.cliPortfolioMs)} |`, `| \`presales portfolio --format html --cache\` (nothing changed) | ${f(t.cliPortfolioCachedMs)} |`);
  }
  const sm = r.store;
  if (sm) {
    rows.push('', `| the extension's store after its first full scan (${sm.engagements} engagements, ${sm.files} files, ${sm.openEditors} open in editors; measured ${sm.date}, median of ${sm.runs}) | value |`, '|---|---:|');
    rows.push(`| heap used after GC (what the store keeps) | ${f(sm.heapUsedMB)} MB |`, `| RSS after GC | ${f(sm.rssMB)} MB |`, `| peak RSS during the scan | ${f(sm.maxRssMB)} MB |`);
    rows.push(`| engagements keeping their Markdown bodies (open or active) | ${sm.keptBodies} |`, `| first full scan | ${f(sm.scanMs)} ms |`);
  }
  rows.push('', '| goal | result |', '|---|---|');
  for (const s of r.sizes) {
    rows.push(`| full check ≤ 1.3× floor (${s.engagements}) | ${f(s.check.ms / s.floor.ms, 2)}× — ${ok(s.check.ms / s.floor.ms <= 1.3)} |`);
    rows.push(`| faster than peers (${s.engagements}) | ${f(s.check.wallMs)} vs ${f(s.peers.ajvWallMs + s.peers.markdownlintWallMs)} ms wall — ${ok(s.check.wallMs < s.peers.ajvWallMs + s.peers.markdownlintWallMs)} |`);
  }
  rows.push(`| keystroke p95 < 15 ms | ${f(k?.p95, 2)} ms — ${ok(k ? k.p95 < 15 : undefined)} |`);
  rows.push(`| activation < 100 ms | ${a.requireMs === undefined ? '—' : `${f(a.requireMs + (a.activateMs ?? 0), 1)} ms`} — ${ok(activation)} |`);
  const bigStore = sm && sm.engagements >= 1000 ? sm : undefined;
  rows.push(`| the extension's store holds 1,000 engagements in < 300 MB (heap used after GC) | ${bigStore ? `${f(bigStore.heapUsedMB)} MB — ${ok(bigStore.heapUsedMB < 300)}` : 'not measured'} |`);
  rows.push(`| the store's process stays < 300 MB at 1,000 (peak RSS, Node and the bundle included) | ${bigStore ? `${f(bigStore.maxRssMB)} MB — ${ok(bigStore.maxRssMB < 300)}` : 'not measured'} |`);
  rows.push(`| memory < 300 MB at 1,000 with every report of a full check kept (every text; the column "peak RSS MB" above) | ${big && big.engagements >= 1000 ? `${f(big.check.maxRssMB)} MB — ${ok(big.check.maxRssMB < 300)}` : 'not measured'} |`);
  if (t) {
    rows.push(`| \`check --cache\` after one change < 10 % of a full check (${t.engagements}) | ${f((t.oneChangeMs / t.fullMs) * 100, 1)} % — ${ok(t.oneChangeMs < 0.1 * t.fullMs)} |`);
    rows.push(`| portfolio over ${t.engagements} renders < 2 s (from checked engagements) | ${f(t.renderMs)} ms — ${ok(t.renderMs < 2000)} |`);
    rows.push(`| \`presales portfolio\` over ${t.engagements} < 2 s end to end, with \`--cache\` | ${f(t.cliPortfolioCachedMs)} ms — ${ok(t.cliPortfolioCachedMs < 2000)} (without the cache: ${f(t.cliPortfolioMs)} ms, it checks every engagement) |`);
  }
  rows.push(`| memory < 300 MB at 1,000 through \`presales check\` (streams) | ${big && big.engagements >= 1000 ? `${f(big.streamed.maxRssMB)} MB — ${ok(big.streamed.maxRssMB < 300)}` : 'not measured'} |`);
  return rows.join('\n');
}

/** Writes the JSON and replaces the generated block of docs/benchmarks.md (the prose around it stays). */
export function writeReport(root: string, r: BenchResult): void {
  writeFileSync(join(root, 'docs/benchmarks.json'), JSON.stringify(r, null, 2) + '\n');
  const mdPath = join(root, 'docs/benchmarks.md');
  let md: string;
  try {
    md = readFileSync(mdPath, 'utf8');
  } catch {
    md = '# Benchmarks\n\n<!-- BENCH:START -->\n<!-- BENCH:END -->\n';
  }
  const block = `<!-- BENCH:START -->\n${renderTable(r)}\n<!-- BENCH:END -->`;
  md = md.replace(/<!-- BENCH:START -->[\s\S]*<!-- BENCH:END -->/, block);
  writeFileSync(mdPath, md);
  console.log(renderTable(r));
}
