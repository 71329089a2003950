/**
 * Runs the bundled mocha suite INSIDE a real VS Code extension host (code-server + headless Chromium),
 * prints its log to stdout and exits with the runner's exit code (0 = all passed).
 * Usage: tsx test/integration/run.ts [--extension <dir>] [--folder <dir>] [--tests <index.js>] [--locale zh-cn]
 * Without --folder each run gets a fresh writable workspace in the OS temp dir: a copy of
 * test/integration/workspace/ (fixture engagements) plus examples/acme-his, removed afterwards
 * (ITEST_KEEP_WORKSPACE=1 keeps it).
 * Build first: node test/integration/build.mjs. The environment reaches the extension host, so e.g.
 * ITEST_GREP=<pattern> filters tests; ITEST_VERBOSE=1 also prints the workbench log.
 */
import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../e2e/codeServer.ts';
import { startVsCode } from '../e2e/vscode.ts';
import { ITEST_LOG_MARKER } from './logMarker.ts';
import { prepareWorkspace } from './prepareWorkspace.ts';

const TIMEOUT_MS = 5 * 60_000;
/** Workbench log (everything that is not test output) of the last run. */
const WORKBENCH_LOG = join(REPO_ROOT, 'test-results', 'integration-workbench.log');

/** Prints test output to stdout; workbench noise goes to WORKBENCH_LOG (and stdout with ITEST_VERBOSE=1). */
function onLog(type: string, text: string): void {
  if (text.startsWith(ITEST_LOG_MARKER)) {
    console.log(text.slice(ITEST_LOG_MARKER.length));
    return;
  }
  appendFileSync(WORKBENCH_LOG, `[${type}] ${text}\n`);
  if (process.env.ITEST_VERBOSE) console.log(`[workbench ${type}] ${text}`);
}

/** Starts VS Code with `extensionTestsPath`, waits for `codeAutomationExit` and returns its code. */
async function runIntegration(opts: { extension: string; folder: string; tests: string; locale?: string }): Promise<number> {
  if (!existsSync(opts.tests)) throw new Error(`missing ${opts.tests}: run node test/integration/build.mjs`);
  let report: (code: number) => void = () => undefined;
  const exited = new Promise<number>((ok) => { report = ok; });
  const started = Date.now();
  mkdirSync(join(REPO_ROOT, 'test-results'), { recursive: true });
  writeFileSync(WORKBENCH_LOG, '');
  const vs = await startVsCode({
    folder: opts.folder, extensionPath: opts.extension, extensionTestsPath: opts.tests, locale: opts.locale,
    noWait: true, onTestsExit: (code) => report(code), onTestsLog: onLog,
  });
  try {
    const timer = new Promise<number>((ok) => setTimeout(() => ok(-1), TIMEOUT_MS).unref());
    const code = await Promise.race([exited, timer]);
    if (code === -1) {
      console.error(`integration: no exit code after ${TIMEOUT_MS / 1000}s\n${vs.server.log().slice(-4000)}`);
      return 1;
    }
    console.log(`integration: exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)}s`);
    if (code !== 0) console.log(`integration: workbench log in ${WORKBENCH_LOG}`);
    return code;
  } finally {
    await vs.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { extension: { type: 'string' }, folder: { type: 'string' },
    tests: { type: 'string' }, locale: { type: 'string' } } });
  const folder = values.folder ?? prepareWorkspace();
  let code: number;
  try {
    code = await runIntegration({
      extension: resolve(values.extension ?? REPO_ROOT),
      folder: resolve(folder),
      tests: resolve(values.tests ?? join(REPO_ROOT, 'out', 'integration', 'index.js')),
      locale: values.locale,
    });
  } finally {
    if (!values.folder && !process.env.ITEST_KEEP_WORKSPACE) rmSync(folder, { recursive: true, force: true });
  }
  process.exit(code);
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
