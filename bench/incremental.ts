// Child process: re-check latency after one edit, with every other file served from the parse cache.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkEngagement } from '../src/core/checkEngagement';
import { discoverEngagements } from '../src/core/discoverEngagements';
import { loadEngagement } from '../src/core/loadEngagement';
import { ParseCache } from '../src/core/parse/parseCache';
import type { EngagementFs } from '../src/core/workspace';
import { NodeEngagementFs } from '../src/cli/nodeFs';
import { percentile } from './stats';

const TODAY = '2026-11-28';

/** Serves the edited file from memory, everything else from disk (what an editor overlay does). */
class OverlayFs implements EngagementFs {
  readonly overlay = new Map<string, Uint8Array>();
  constructor(private readonly disk: EngagementFs) {}
  readDirectory(path: string) {
    return this.disk.readDirectory(path);
  }
  async readFile(path: string) {
    return this.overlay.get(path) ?? this.disk.readFile(path);
  }
}

async function main(): Promise<void> {
  const [dir, which, runsArg] = process.argv.slice(2);
  const runs = Number(runsArg ?? 200);
  const fs = new OverlayFs(new NodeEngagementFs(dir));
  const cache = new ParseCache();
  const found = await discoverEngagements(fs);
  for (const d of found) checkEngagement(await loadEngagement(fs, d, cache.parse), { today: TODAY });
  const target = found.find((d) => d.files.some((f) => f.path.endsWith('04-solution/solution.md')) && d.root.includes('hosp'))!;
  const file = target.files.find((f) => f.path.endsWith(which === 'stakeholders' ? 'stakeholders.yaml' : '04-solution/solution.md'))!.path;
  const original = readFileSync(join(dir, file), 'utf8');
  const enc = new TextEncoder();
  const lines = original.split('\n');
  const samples: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    // One keystroke in the middle of the document, or a changed contact date in stakeholders.yaml.
    const edited = which === 'stakeholders'
      ? original.replace(/last_contact: \d{4}-\d{2}-(\d{2})/, `last_contact: 2026-11-${String(1 + (i % 28)).padStart(2, '0')}`)
      : [...lines.slice(0, 1000), lines[1000] + 'x'.repeat(1 + (i % 5)), ...lines.slice(1001)].join('\n');
    fs.overlay.set(file, enc.encode(edited));
    const t0 = performance.now();
    const e = await loadEngagement(fs, target, cache.parse);
    findings = checkEngagement(e, { today: TODAY }).length;
    samples.push(performance.now() - t0);
  }
  console.log(JSON.stringify({ file, lines: lines.length, runs, p50: percentile(samples, 50), p95: percentile(samples, 95), findings, hits: cache.hits, misses: cache.misses }));
}

void main();
