// One entry for every test layer: unit (node:test), integration (mocha inside a real VS Code extension host)
// and e2e (Playwright driving the VS Code UI). Prints each layer's summary and ends with the plain line
// `N passed, N failed` (summed); exits 1 if anything failed or a layer could not run.
// Usage: node scripts/test-all.mjs [--fast] [unit|integration|e2e ...]   (--fast = unit only)
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const node = process.execPath;
const e2eFiles = () => readdirSync(join(root, 'test', 'e2e')).filter((f) => f.endsWith('.e2e.ts')).sort().map((f) => join('test', 'e2e', f));

/** node:test summary (spec `ℹ pass N` or TAP `# pass N`). */
const nodeTestCounts = (out) => count(out, /^(?:ℹ|#) pass (\d+)/m, /^(?:ℹ|#) fail (\d+)/m);
/** mocha spec summary (`N passing`, `N failing`). */
const mochaCounts = (out) => count(out, /^\s*(\d+) passing/m, /^\s*(\d+) failing/m, true);
function count(out, passRe, failRe, failOptional = false) {
  const p = passRe.exec(out);
  const f = failRe.exec(out);
  if (!p && !f) return undefined;
  if (!f && !failOptional && !p) return undefined;
  return { passed: Number(p?.[1] ?? 0), failed: Number(f?.[1] ?? 0) };
}

const LAYERS = {
  unit: { steps: [[node, ['scripts/run-tests.mjs', 'test/unit']]], counts: nodeTestCounts },
  integration: {
    steps: [['bash', ['test/e2e/setup.sh']], [npm, ['run', '--silent', 'build']], [node, ['test/integration/build.mjs']],
      [node, ['--import', 'tsx', 'test/integration/run.ts']]],
    counts: mochaCounts,
  },
  e2e: {
    steps: [['bash', ['test/e2e/setup.sh']], [npm, ['run', '--silent', 'build']], [node, ['--import', 'tsx', '--test', ...e2eFiles()]]],
    counts: nodeTestCounts,
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
  let last = { code: 0, out: '' };
  for (const [cmd, cmdArgs] of layer.steps) {
    last = await run(cmd, cmdArgs);
    if (last.code !== 0) break;
  }
  const seconds = (Date.now() - started) / 1000;
  let counts = layer.counts(last.out);
  // A step that died before its runner summarised (setup/build failure, crash, timeout) counts as one failure.
  if (!counts) counts = { passed: 0, failed: last.code === 0 ? 0 : 1 };
  else if (last.code !== 0 && counts.failed === 0) counts = { ...counts, failed: 1 };
  return { name, ...counts, seconds, code: last.code };
}

const wanted = args.includes('--fast') ? ['unit'] : args.filter((a) => !a.startsWith('--'));
const names = wanted.length ? wanted : ['unit', 'integration', 'e2e'];
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
