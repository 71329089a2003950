// Child process: what the extension's store keeps after its first full scan. The real EngagementStore runs
// over a folder with the unit tests' fake `vscode` (no editor host), a handful of documents "open in editors"
// and one of them active; then a full GC. Prints one JSON line: heap used and RSS after GC, peak RSS.
import Module from 'node:module';
import { join, resolve } from 'node:path';
import * as fakeVscode from '../test/unit/helpers/fakeVscode';
import { NodeEngagementFs } from '../src/cli/nodeFs';

const OPEN_EDITORS = 5;

async function main(): Promise<void> {
  const dir = resolve(process.argv[2]);
  const mod = Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown };
  const load = mod._load;
  mod._load = (req, ...rest) => (req === 'vscode' ? fakeVscode : load(req, ...rest));
  // Loaded after the hook: the store imports `vscode`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { EngagementStore } = require('../src/extension/engagementStore') as typeof import('../src/extension/engagementStore');
  const { discoverWorkspace } = await import('../src/core/discoverEngagements');
  const fs = new NodeEngagementFs(dir);
  const folderUri = fakeVscode.Uri.file(dir);
  fakeVscode.workspace.workspaceFolders = [{ uri: folderUri, name: 'bench', index: 0 }];
  // A few editors: the solution.md (the largest file) of the first engagements, as a user would have open.
  const { engagements } = await discoverWorkspace(fs);
  const open = engagements.slice(0, OPEN_EDITORS).map((e) => e.files.find((f) => f.path.endsWith('solution.md')) ?? e.files[0]);
  fakeVscode.workspace.textDocuments = open.map((f) => ({ uri: fakeVscode.Uri.file(join(dir, f.path)), getText: () => '' }));
  const t0 = performance.now();
  const store = new EngagementStore({ fsFor: () => fs, today: () => '2026-11-28', findingsLanguage: () => 'auto' });
  store.followEditor(fakeVscode.workspace.textDocuments[0].uri as never);
  await store.refresh();
  const scanMs = performance.now() - t0;
  const states = store.all();
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  gc();
  gc();
  const mem = process.memoryUsage();
  const keptBodies = states.filter((s) => !s.engagement.files.some((f) => f.bodyReleased)).length;
  console.log(JSON.stringify({
    engagements: states.length,
    openEditors: OPEN_EDITORS,
    files: states.reduce((n, s) => n + s.engagement.files.length, 0),
    findings: states.reduce((n, s) => n + s.findings.length, 0),
    keptBodies,
    scanMs,
    heapUsedMB: mem.heapUsed / 2 ** 20,
    rssMB: mem.rss / 2 ** 20,
    heapTotalMB: mem.heapTotal / 2 ** 20,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }));
  // A heap snapshot on request, to see what stays (open it in Chrome DevTools' Memory tab).
  if (process.argv[3]) (await import('node:v8')).writeHeapSnapshot(process.argv[3]);
  store.dispose();
}

void main();
