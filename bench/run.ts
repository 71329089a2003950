// Benchmarks the full check, its floor, peer tools, incremental re-checks and activation, all in one run.
// Usage: npx tsx bench/run.ts   (env: BENCH_DIR, BENCH_RUNS, BENCH_SIZES=300,1000, BENCH_PEER_RUNS, BENCH_TEAM_SIZE=1000)
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { ensureRepo } from './generateRepo';
import { median } from './stats';
import { machineFacts, writeReport, type BenchResult } from './report';

const ROOT = resolve(__dirname, '..');
const BASE = process.env.BENCH_DIR ?? join(tmpdir(), 'pwb-bench');
const OUT = join(BASE, 'out');
const SIZES = (process.env.BENCH_SIZES ?? '300,1000').split(',').filter(Boolean).map(Number);
/** BENCH_ONLY=activation (or incremental, team, store): measure that part only and keep the rest of docs/benchmarks.json. */
const ONLY = process.env.BENCH_ONLY;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PEER_RUNS = Number(process.env.BENCH_PEER_RUNS ?? 2);

/** YAML kinds by the file names the generator writes (ajv-cli needs one schema per invocation). */
const KIND_GLOBS: Record<string, string> = {
  engagement: 'engagement.yaml', stakeholders: 'stakeholders.yaml', requirements: 'requirements.yaml', activities: 'activities.yaml',
  reviews: 'reviews.yaml', 'interface-form': 'interface-form.yaml', pricing: 'pricing.yaml', tender: 'tender.yaml', 'deviation-table': 'deviation-*.yaml',
};

function bundle(name: string): string {
  const outfile = join(OUT, `${name}.js`);
  // `vscode` stays a require: storeMemory.ts answers it with the unit tests' fake.
  buildSync({ entryPoints: [join(__dirname, `${name}.ts`)], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'error', external: ['vscode'] });
  return outfile;
}

/** Runs a command, returning its wall time and its last stdout line parsed as JSON (when it prints one). */
function timed(cmd: string, args: string[]): { wallMs: number; json?: Record<string, number> } {
  const t0 = performance.now();
  const res = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  const wallMs = performance.now() - t0;
  const last = (res.stdout ?? '').trim().split('\n').pop() ?? '';
  return { wallMs, json: last.startsWith('{') ? JSON.parse(last) : undefined };
}

/** A peer tool's run: a whole process, wall time only (its output is discarded). */
function peerRun(args: string[]): { wallMs: number } {
  return timed(process.execPath, args);
}

function main(): void {
  mkdirSync(OUT, { recursive: true });
  const full = bundle('fullCheck');
  const floor = bundle('floorParse');
  const incremental = bundle('incremental');
  const activation = bundle('activation');
  const result: BenchResult = ONLY ? (JSON.parse(readFileSync(join(ROOT, 'docs/benchmarks.json'), 'utf8')) as BenchResult) : { date: new Date().toISOString(), machine: machineFacts(), sizes: [], incremental: {}, activation: {} };
  for (const size of ONLY ? [] : SIZES) {
    const ws = join(BASE, `ws-${size}`);
    ensureRepo(ws, size);
    const ours: { wallMs: number; json?: Record<string, number> }[] = [];
    const floors: typeof ours = [];
    const streamed: typeof ours = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(timed(process.execPath, [full, ws]));
      floors.push(timed(process.execPath, [floor, ws]));
      streamed.push(timed(process.execPath, [full, ws, 'stream']));
    }
    const ajv: number[] = [];
    const mdl: number[] = [];
    const peerRuns = size >= 1000 ? 1 : PEER_RUNS; // markdownlint-cli2 takes minutes at 1,000
    for (let i = 0; i < peerRuns; i++) {
      let sum = 0;
      for (const [kind, glob] of Object.entries(KIND_GLOBS)) {
        sum += peerRun([join(ROOT, 'node_modules/ajv-cli/dist/index.js'), 'validate', '-s', join(ROOT, `schemas/${kind}.schema.json`), '-d', `${ws}/**/${glob}`, '-c', 'ajv-formats', '--all-errors', '--errors=line']).wallMs;
      }
      ajv.push(sum);
      mdl.push(peerRun([join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), `${ws}/**/*.md`]).wallMs);
    }
    const files = ours[0].json?.files ?? 0;
    const checkMs = median(ours.map((r) => r.json?.ms ?? NaN));
    result.sizes.push({
      engagements: size,
      files,
      findings: ours[0].json?.findings ?? 0,
      check: { ms: checkMs, wallMs: median(ours.map((r) => r.wallMs)), filesPerSec: (files / checkMs) * 1000, maxRssMB: median(ours.map((r) => r.json?.maxRssMB ?? NaN)) },
      streamed: { ms: median(streamed.map((r) => r.json?.ms ?? NaN)), maxRssMB: median(streamed.map((r) => r.json?.maxRssMB ?? NaN)) },
      floor: { ms: median(floors.map((r) => r.json?.ms ?? NaN)), wallMs: median(floors.map((r) => r.wallMs)), maxRssMB: median(floors.map((r) => r.json?.maxRssMB ?? NaN)) },
      peers: { ajvWallMs: median(ajv), markdownlintWallMs: median(mdl) },
      runs: RUNS,
      peerRuns,
    });
    console.error(JSON.stringify(result.sizes[result.sizes.length - 1]));
  }
  if (!ONLY) writeReport(ROOT, result); // keep the sizes even if a later part fails
  const ws300 = join(BASE, 'ws-300');
  ensureRepo(ws300, 300);
  for (const which of ONLY && ONLY !== 'incremental' ? [] : (['keystroke', 'stakeholders'] as const)) {
    const runs = [0, 1, 2].map(() => timed(process.execPath, [incremental, ws300, which, '200']).json!);
    result.incremental[which] = { p50: median(runs.map((r) => r.p50)), p95: median(runs.map((r) => r.p95)), lines: runs[0].lines, samples: 200 * runs.length };
  }
  const ext = join(ROOT, 'dist/extension.js');
  if (!existsSync(ext) && existsSync(join(ROOT, 'src/extension/extension.ts'))) spawnSync(process.execPath, [join(ROOT, 'esbuild.js')], { cwd: ROOT, stdio: 'inherit' });
  if (existsSync(ext) && (!ONLY || ONLY === 'activation')) {
    const runs = [0, 1, 2, 3, 4].map(() => timed(process.execPath, [activation, ext, ws300]).json).filter((r) => r !== undefined);
    if (runs.length === 0) throw new Error('bench/activation.ts printed nothing: run it by hand to see why');
    result.activation = {
      bundleKB: statSync(ext).size / 1024,
      requireMs: median(runs.map((r) => r.requireMs)),
      activateMs: runs.every((r) => typeof r.activateMs === 'number') ? median(runs.map((r) => r.activateMs)) : undefined,
      activateError: (runs[0] as unknown as { activateError?: string }).activateError,
      scan300Ms: median(runs.map((r) => r.scanMs)),
    };
  }
  if (!ONLY || ONLY === 'team') result.team = measureTeam(bundle('cachedCheck'), bundle('portfolioRender'));
  if (!ONLY || ONLY === 'store') result.store = measureStore(bundle('storeMemory'));
  // A partial run keeps the machine facts of the run it completes; its own parts record their load.
  if (!ONLY) result.machine.loadAvg1mAtEnd = Number(loadavg()[0].toFixed(1));
  writeReport(ROOT, result);
}

/**
 * What the extension's store keeps after its first full scan of BENCH_STORE_SIZE engagements (default 1,000):
 * the real EngagementStore with five documents open in editors; heap used and RSS after a full GC, peak RSS.
 */
function measureStore(storeMemory: string): NonNullable<BenchResult['store']> {
  const size = Number(process.env.BENCH_STORE_SIZE ?? 1000);
  const ws = join(BASE, `ws-${size}`);
  ensureRepo(ws, size);
  const runs = Array.from({ length: Math.max(1, Math.min(RUNS, 3)) }, () => timed(process.execPath, ['--expose-gc', storeMemory, ws]).json!);
  const store = {
    date: new Date().toISOString().slice(0, 10), engagements: runs[0].engagements, files: runs[0].files, openEditors: runs[0].openEditors, keptBodies: runs[0].keptBodies, runs: runs.length,
    heapUsedMB: median(runs.map((r) => r.heapUsedMB)), rssMB: median(runs.map((r) => r.rssMB)), maxRssMB: median(runs.map((r) => r.maxRssMB)), scanMs: median(runs.map((r) => r.scanMs)),
  };
  console.error(JSON.stringify(store));
  return store;
}

/**
 * `check --cache` after one changed file vs a full check, and the portfolio over the same repository
 * (BENCH_TEAM_SIZE engagements, default 1,000). Each run is a fresh process; the edited file is restored.
 */
function measureTeam(cachedCheck: string, portfolio: string): NonNullable<BenchResult['team']> {
  const size = Number(process.env.BENCH_TEAM_SIZE ?? 1000);
  const ws = join(BASE, `ws-${size}`);
  ensureRepo(ws, size);
  const cache = join(OUT, 'bench.presalescache');
  rmSync(cache, { force: true });
  const runs = Math.max(1, Math.min(RUNS, 3));
  const ms = (args: string[]) => timed(process.execPath, args).json!.ms;
  const load = () => Number(loadavg()[0].toFixed(1));
  const loadAtStart = load();
  const full = median(Array.from({ length: runs }, () => ms([cachedCheck, ws, 'plain'])));
  const prime = ms([cachedCheck, ws, 'cached', cache]);
  // One file of one engagement changes between cached runs: that engagement is re-checked, the rest are hits.
  const group = readdirSync(ws).filter((n) => !n.startsWith('.')).sort()[0];
  const first = readdirSync(join(ws, group)).sort()[0];
  const edited = join(ws, group, first, 'activities.yaml');
  const original = readFileSync(edited, 'utf8');
  const oneChange: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      appendFileSync(edited, `# bench edit ${i}\n`);
      oneChange.push(ms([cachedCheck, ws, 'cached', cache]));
    }
  } finally {
    writeFileSync(edited, original);
  }
  const unchanged = ms([cachedCheck, ws, 'cached', cache]);
  const render = median(Array.from({ length: runs }, () => ms([portfolio, ws, 'render'])));
  const cli = ms([portfolio, ws, 'cli']);
  ms([portfolio, ws, 'cli-cached', cache]); // adds the digests to the cache
  const cliCached = median(Array.from({ length: runs }, () => ms([portfolio, ws, 'cli-cached', cache])));
  const team = { date: new Date().toISOString().slice(0, 10), engagements: size, runs, fullMs: full, primeMs: prime, oneChangeMs: median(oneChange), unchangedMs: unchanged, renderMs: render, cliPortfolioMs: cli, cliPortfolioCachedMs: cliCached, loadAvgAtStart: loadAtStart, loadAvgAtEnd: load() };
  console.error(JSON.stringify(team));
  return team;
}

main();
