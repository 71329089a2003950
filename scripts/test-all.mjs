// One entry for every test layer, in this order:
//   static       ESLint (architecture rules included), tsc --noEmit, madge --circular over src/: one count each
//   unit         node:test, after a full build (the bundle scans in noNetwork.test.ts need dist/)
//   integration  mocha inside a real VS Code extension host
//   e2e          Playwright driving the VS Code UI
// Every layer runs even when an earlier one failed (one run reports everything). Each starts by generating the
// build-time validators (generated/validators.ts, not in git). Prints each layer's summary and ends with the
// plain line `N passed, N failed` (summed); exits 1 if anything failed or a layer could not run.
// Usage: node scripts/test-all.mjs [--fast] [static|unit|integration|e2e ...]   (--fast = static + unit)
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const node = process.execPath;
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const e2eFiles = () => readdirSync(join(root, 'test', 'e2e')).filter((f) => f.endsWith('.e2e.ts')).sort().map((f) => join('test', 'e2e', f));

/** node:test summary (spec `ℹ pass N` or TAP `# pass N`). */
const nodeTestCounts = (out) => count(out, /^(?:ℹ|#) pass (\d+)/m, /^(?:ℹ|#) fail (\d+)/m);
/** mocha spec summary (`N passing`, `N failing`; no failing line when none failed). */
const mochaCounts = (out) => count(out, /^\s*(\d+) passing/m, /^\s*(\d+) failing/m);
function count(out, passRe, failRe) {
  const p = passRe.exec(out);
  const f = failRe.exec(out);
  if (!p && !f) return undefined;
  return { passed: Number(p?.[1] ?? 0), failed: Number(f?.[1] ?? 0) };
}

const validators = { label: 'generate validators', cmd: node, args: ['scripts/build-validators.mjs'] };
const build = { label: 'build', cmd: npm, args: ['run', '--silent', 'build'] };
const setup = { label: 'VS Code setup', cmd: 'bash', args: ['test/e2e/setup.sh'] };

/**
 * A layer is a list of steps. `check` steps each count as one test (pass/fail) and all run; a failing
 * `prep` step counts as one failure and stops the layer unless the layer is `tolerant` (the unit tests still
 * run and report without a build: only the bundle scans then fail). The last step may be a test runner
 * whose summary gives the counts.
 */
const LAYERS = {
  static: {
    steps: [
      { ...validators, prep: true },
      // The architecture rules (pure core, one-way imports inside core, webview isolation) live in eslint.config.mjs.
      { label: 'eslint src test', cmd: bin('eslint'), args: ['src', 'test'], check: true },
      { label: 'tsc --noEmit', cmd: bin('tsc'), args: ['--noEmit', '-p', '.'], check: true },
      { label: 'import cycles (madge)', cmd: bin('madge'), args: ['--circular', '--extensions', 'ts', '--ts-config', 'tsconfig.json', '--no-spinner', '--no-color', 'src'], check: true },
    ],
  },
  unit: {
    tolerant: true,
    steps: [{ ...build, prep: true }, { label: 'unit tests', cmd: node, args: ['scripts/run-tests.mjs', 'test/unit'], counts: nodeTestCounts }],
  },
  integration: {
    steps: [{ ...setup, prep: true }, { ...build, prep: true }, { label: 'bundle suite', cmd: node, args: ['test/integration/build.mjs'], prep: true },
      { label: 'integration tests', cmd: node, args: ['--import', 'tsx', 'test/integration/run.ts'], counts: mochaCounts }],
  },
  e2e: {
    steps: [{ ...setup, prep: true }, { ...build, prep: true }, { label: 'e2e tests', cmd: node, args: ['--import', 'tsx', '--test', ...e2eFiles()], counts: nodeTestCounts }],
  },
};

/** Runs a command, streaming its output through, and resolves with its exit code and output. */
function run(cmd, cmdArgs) {
  return new Promise((ok) => {
    const child = spawn(cmd, cmdArgs, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    const keep = (stream) => (b) => { out += b; stream.write(b); };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.on('error', (e) => { out += String(e); ok({ code: 1, out }); });
    child.on('close', (code) => ok({ code: code ?? 1, out }));
  });
}

async function runLayer(name) {
  const layer = LAYERS[name];
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  let passed = 0;
  let failed = 0;
  let code = 0;
  for (const step of layer.steps) {
    console.log(`--- ${name}: ${step.label}`);
    const res = await run(step.cmd, step.args);
    if (res.code !== 0) code = res.code;
    if (step.check) {
      if (res.code === 0) passed++;
      else failed++;
      console.log(`--- ${name}: ${step.label} ${res.code === 0 ? 'passed' : `FAILED (exit ${res.code})`}`);
    } else if (step.prep) {
      if (res.code === 0) continue;
      failed++; // setup/build failure counts as one failure
      console.log(`--- ${name}: ${step.label} FAILED (exit ${res.code})`);
      if (!layer.tolerant) break;
    } else {
      // A runner that died before its summary (crash, timeout) counts as one failure.
      const c = step.counts(res.out) ?? { passed: 0, failed: res.code === 0 ? 0 : 1 };
      passed += c.passed;
      failed += c.failed === 0 && res.code !== 0 ? 1 : c.failed;
    }
  }
  return { name, passed, failed, seconds: (Date.now() - started) / 1000, code };
}

const wanted = args.includes('--fast') ? ['static', 'unit'] : args.filter((a) => !a.startsWith('--'));
const names = wanted.length ? wanted : Object.keys(LAYERS);
const unknown = names.filter((n) => !(n in LAYERS));
if (unknown.length) { console.error(`unknown layer(s): ${unknown.join(', ')}`); process.exit(2); }

const results = [];
for (const name of names) results.push(await runLayer(name));
console.log('\n=== summary ===');
for (const r of results) console.log(`layer ${r.name.padEnd(11)} ${r.passed} pass / ${r.failed} fail  (${r.seconds.toFixed(1)} s, exit ${r.code})`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.some((r) => r.code !== 0) ? 1 : 0);
