// Language-feature latency on one engagement with a ~2,000-line solution.md (the generator's zh-CN or en
// clone of the examples): each sample is one keystroke in the middle of the solution, then the request as
// the extension serves it — the buffer re-read into the engagement, the id index rebuilt, the query run.
// Usage: npx tsx bench/languageFeatures.ts [runs=200]   (prints one JSON line; docs/benchmarks.md records it)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeEngagementFs } from '../src/cli/nodeFs';
import { discoverEngagements } from '../src/core/discoverEngagements';
import { completionsAt } from '../src/core/language/completeIds';
import { hoverAt } from '../src/core/language/hoverCards';
import { buildIdIndex, definitionAt, referencesAt, type IdIndex } from '../src/core/language/idIndex';
import { indexWithText } from '../src/core/language/liveEngagement';
import { renameEdits } from '../src/core/language/renameId';
import { loadEngagement } from '../src/core/loadEngagement';
import type { Position } from '../src/core/types';
import { generateRepo } from './generateRepo';
import { percentile } from './stats';

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 200);
  const dir = mkdtempSync(join(tmpdir(), 'pwb-lang-'));
  try {
    generateRepo(dir, 1);
    const fs = new NodeEngagementFs(dir);
    const [found] = await discoverEngagements(fs);
    const e = await loadEngagement(fs, found);
    const solution = e.files.find((f) => f.path.endsWith('04-solution/solution.md'))!;
    const requirements = e.files.find((f) => f.path.endsWith('requirements.yaml'))!;
    const lines = solution.text.split('\n');
    // The cursor on the first requirement id the solution's prose names.
    const mentionLine = lines.findIndex((l) => /REQ-\d+/.test(l));
    const mention: Position = { line: mentionLine, character: lines[mentionLine].search(/REQ-\d+/) + 2 };
    const at = (edit: number) => [...lines.slice(0, 1000), lines[1000] + 'x'.repeat(1 + (edit % 5)), ...lines.slice(1001)].join('\n');
    const checked = buildIdIndex(e);
    const names = ['index', 'hover', 'definition', 'references', 'completion', 'rename'];
    // Wall time, and CPU time of this process (the shared 2-core machine preempts us: CPU time is what we cost).
    const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    const cpu: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
    let sites = 0;
    for (let i = 0; i < runs; i++) {
      const text = at(i);
      const time = (name: string, run: () => IdIndex | unknown) => {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const out = run();
        samples[name].push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu[name].push((c.user + c.system) / 1000);
        return out;
      };
      // What LiveIndexes does for a buffer newer than the store's last check.
      const fresh = () => indexWithText(checked, solution.path, text);
      const index = time('index', fresh) as IdIndex;
      sites = [...index.byFile.values()].reduce((n, l) => n + l.length, 0);
      time('hover', () => hoverAt(fresh(), solution.path, mention, { language: 'zh-CN', today: '2026-11-28' }));
      time('definition', () => definitionAt(fresh(), solution.path, mention));
      time('references', () => referencesAt(fresh(), solution.path, mention));
      time('completion', () => completionsAt(fresh(), requirements.path, requirements.text, { line: 7, character: 12 }, 'zh-CN'));
      time('rename', () => renameEdits(fresh(), solution.path, mention, 'REQ-X'));
    }
    const stats = Object.fromEntries(names.map((k) => [k, {
      p50: round(percentile(samples[k], 50)), p95: round(percentile(samples[k], 95)), cpuP50: round(percentile(cpu[k], 50)), cpuP95: round(percentile(cpu[k], 95)),
    }]));
    console.log(JSON.stringify({ solutionLines: lines.length, files: e.files.length, sites, runs, ...stats }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;

void main();
