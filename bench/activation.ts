// Child process: cost of loading the extension bundle with a stub `vscode`, calling activate(), and the
// first full scan of a workspace through the core (what the extension's store does at start).
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { resolve } from 'node:path';
import { checkWorkspace } from '../src/core/checkWorkspace';
import { ParseCache } from '../src/core/parse/parseCache';
import { NodeEngagementFs } from '../src/cli/nodeFs';
import { stub, stubVscodeFor } from './stubVscode';

/** User + system CPU time of a `process.cpuUsage` delta, in ms. */
function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

async function main(): Promise<void> {
  // A relative path is taken from the current folder (require would look for a package of that name).
  const [bundle, dir] = process.argv.slice(2).map((a) => resolve(a));
  const vscode = stubVscodeFor(readFileSync(bundle, 'utf8'));
  const mod = Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown };
  const load = mod._load;
  mod._load = (req, ...rest) => (req === 'vscode' ? vscode : load(req, ...rest));
  // CPU time next to wall time: on a shared machine the wall clock also counts other processes' turns.
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ext = require(bundle) as { activate?: (ctx: unknown) => unknown };
  const requireMs = performance.now() - t0;
  const requireCpuMs = cpuMs(process.cpuUsage(c0));
  let activateMs: number | undefined;
  let activateError: string | undefined;
  try {
    const t1 = performance.now();
    await ext.activate?.(stub('context'));
    activateMs = performance.now() - t1;
  } catch (err) {
    activateError = String((err as Error)?.message ?? err).slice(0, 200);
  }
  const t2 = performance.now();
  const reports = await checkWorkspace(new NodeEngagementFs(dir), { today: '2026-11-28', parse: new ParseCache().parse });
  const scanMs = performance.now() - t2;
  console.log(JSON.stringify({ requireMs, requireCpuMs, activateMs, activateError, scanMs, engagements: reports.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

void main();
