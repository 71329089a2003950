/**
 * Starts and stops a real VS Code server (code-server 4.99.4 = VS Code 1.99.3, installed by
 * `test/e2e/setup.sh`) on a free loopback port, with per-run user-data/extensions/XDG/TMPDIR dirs.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { writeLanguagePackStub } from './languagePack.ts';
import { killGroup, onProcessExit, pruneOldRuns } from './processCleanup.ts';

/**
 * Repository root: the nearest folder upwards from the working directory whose package.json is named
 * `presales-workbench` (no `__dirname`/`import.meta`, so this file works as CommonJS and as ESM).
 */
export const REPO_ROOT = findRepoRoot(process.cwd());
function findRepoRoot(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'presales-workbench') return dir;
    if (dirname(dir) === dir) throw new Error(`run from inside the presales-workbench repository (cwd ${from})`);
  }
}
/** Cache folder written by `setup.sh` (git-ignored). */
export const CACHE_DIR = join(REPO_ROOT, '.vscode-test');
const ENTRY = join(CACHE_DIR, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Options for {@link startCodeServer}. */
export interface CodeServerOptions {
  /** `workbench.colorTheme`, e.g. `'Default Dark Modern'`. */
  colorTheme?: string;
  /**
   * Display language (e.g. `'zh-cn'`): passed as `--locale`, written to `argv.json`, and backed by an offline
   * stub language pack so `vscode.env.language` really becomes it (VS Code's own UI stays English).
   */
  locale?: string;
  /** Extra user settings merged over the clean defaults. */
  settings?: Record<string, unknown>;
  /** Fixed port (default: a free one). */
  port?: number;
  /** Keep the per-run folder after stop (for debugging). */
  keepRunDir?: boolean;
  /** A `.vsix` installed into the per-run extensions dir with code-server's own CLI before the server starts. */
  installVsix?: string;
}

/** A running code-server. */
export interface CodeServer {
  port: number;
  /** Base URL, e.g. `http://127.0.0.1:34567/`. */
  url: string;
  /** Per-run folder (user data, extensions, XDG, TMPDIR). */
  runDir: string;
  /** What the server printed so far (last 1 MB). */
  log(): string;
  /** Kills the whole process group and removes the run folder. Safe to call twice. */
  stop(): Promise<void>;
}

/** Settings that keep the workbench quiet and deterministic. */
export const CLEAN_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'chat.commandCenter.enabled': false,
};

/** Returns a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

/** Starts code-server and resolves once `/healthz` answers. Throws (after cleanup) on failure. */
export async function startCodeServer(opts: CodeServerOptions = {}): Promise<CodeServer> {
  if (!existsSync(ENTRY)) throw new Error(`code-server missing: run test/e2e/setup.sh (${ENTRY})`);
  const runsDir = join(CACHE_DIR, 'runs');
  mkdirSync(runsDir, { recursive: true });
  pruneOldRuns(runsDir);
  const runDir = mkdtempSync(join(runsDir, 'run-'));
  const dirs = { userData: join(runDir, 'user-data'), exts: join(runDir, 'extensions'), tmp: join(runDir, 'tmp'),
    config: join(runDir, 'xdg-config'), data: join(runDir, 'xdg-data'), cache: join(runDir, 'xdg-cache') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  const settings = { ...CLEAN_SETTINGS, ...(opts.colorTheme ? { 'workbench.colorTheme': opts.colorTheme } : {}), ...opts.settings };
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  if (opts.locale) {
    writeFileSync(join(dirs.userData, 'User', 'argv.json'), JSON.stringify({ locale: opts.locale }));
    if (!opts.locale.toLowerCase().startsWith('en')) writeLanguagePackStub(dirs.exts, dirs.userData, opts.locale);
  }
  const env = { ...process.env, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, XDG_CACHE_HOME: dirs.cache,
    TMPDIR: dirs.tmp, HOME: runDir };
  if (opts.installVsix) installVsix(opts.installVsix, dirs, env, opts.keepRunDir ? undefined : runDir);
  const cfg = join(runDir, 'config.yaml');
  writeFileSync(cfg, 'auth: none\ncert: false\n');

  const port = opts.port ?? (await freePort());
  const args = [ENTRY, '--config', cfg, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', dirs.userData, '--extensions-dir', dirs.exts, ...(opts.locale ? ['--locale', opts.locale] : [])];
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const unhook = onProcessExit(() => {
    killGroup(child, 'SIGKILL');
    if (!opts.keepRunDir) rmSync(runDir, { recursive: true, force: true });
  });
  let out = '';
  const keep = (b: Buffer): void => { out = (out + b.toString()).slice(-1_000_000); };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const url = `http://127.0.0.1:${port}/`;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    const exited = new Promise<void>((ok) => (child.exitCode !== null || child.signalCode !== null ? ok() : child.once('exit', () => ok())));
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    killGroup(child, 'SIGKILL'); // leftovers of the group (extension host, pty host)
    unhook();
    if (!opts.keepRunDir) rmSync(runDir, { recursive: true, force: true });
  };
  try {
    await waitHealthy(url, child, 30_000);
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}\n--- code-server log ---\n${out}`);
  }
  return { port, url, runDir, log: () => out, stop };
}

/** `entry.js --install-extension <vsix>` into the run's extensions dir; throws with the CLI output on failure. */
function installVsix(vsix: string, dirs: { userData: string; exts: string }, env: NodeJS.ProcessEnv, cleanup?: string): void {
  const r = spawnSync(process.execPath, [ENTRY, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.exts,
    '--install-extension', resolve(vsix)], { env, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) {
    if (cleanup) rmSync(cleanup, { recursive: true, force: true });
    throw new Error(`installing ${vsix} failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  }
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`code-server exited early (${child.exitCode ?? child.signalCode})`);
    try {
      const r = await fetch(`${url}healthz`);
      if (r.ok) return;
    } catch { /* not yet listening */ }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`code-server not healthy after ${timeoutMs} ms`);
}
