/**
 * Reliable teardown for spawned servers: process-group kill, exit hooks that also fire on Ctrl-C/SIGTERM,
 * and pruning of run folders left behind by crashed runs.
 */
import type { ChildProcess } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Signals a detached child's whole process group (server, extension host, pty host). */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try { process.kill(-child.pid, signal); } catch { /* group already gone */ }
}

const exitHooks = new Set<() => void>();
/** Registers synchronous last-resort cleanup (runs on exit, Ctrl-C, SIGTERM); returns an unregister function. */
export function onProcessExit(hook: () => void): () => void {
  exitHooks.add(hook);
  return () => exitHooks.delete(hook);
}
process.on('exit', () => { for (const h of exitHooks) { try { h(); } catch { /* best effort */ } } });
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(sig, () => process.exit(130));

/** Removes run folders left by crashed runs (older than an hour, so parallel runs are untouched). */
export function pruneOldRuns(runsDir: string): void {
  for (const name of readdirSync(runsDir)) {
    const p = join(runsDir, name);
    try { if (Date.now() - statSync(p).mtimeMs > 3_600_000) rmSync(p, { recursive: true, force: true }); } catch { /* raced */ }
  }
}
