import { promises as fsp } from 'node:fs';
import * as nodePath from 'node:path';
import { checkEngagement, discoverWorkspace, type DiscoveryProblem, engagementFacts, type EngagementFacts, type EngagementFs, loadEngagement } from '../core';
import { cacheRunKey, type CacheEntry, engagementHash, readCache, writeCacheText } from './checkCache';
import type { CliReport } from './cliReport';
import { TOOL_VERSION } from './toolVersion';

/** What a cached run did, for tests and the bench. */
export interface CacheStats {
  engagements: number;
  /** Engagements served from the cache. */
  hits: number;
}

/** The default cache file, in the current folder like ESLint's `.eslintcache`. */
export const DEFAULT_CACHE_FILE = '.presalescache';

/**
 * `presales check --cache` (and `portfolio|gaps --cache`, with `facts`): discovers the engagements, reads each one's files once, and re-checks only the
 * engagements whose content hash is not in the cache; the others' findings come from it. The file is
 * written anew (temp file + rename) with this run's entries only.
 */
export async function checkWithCache(
  fs: EngagementFs,
  options: { today: string; cacheFile: string; onDiscoveryProblem: (p: DiscoveryProblem) => void; facts?: boolean },
  onReport: (r: CliReport, facts: EngagementFacts | undefined) => void,
): Promise<CacheStats> {
  const key = cacheRunKey(TOOL_VERSION, options.today);
  const cached = readCache(await fsp.readFile(options.cacheFile, 'utf8').catch(() => undefined), key);
  const next = new Map<string, CacheEntry>();
  const { engagements, problems } = await discoverWorkspace(fs, '');
  for (const p of problems) options.onDiscoveryProblem(p);
  let hits = 0;
  for (const d of engagements) {
    const bytes = new Map<string, Uint8Array | undefined>();
    await Promise.all(d.files.map(async (f) => bytes.set(f.path, await fs.readFile(f.path).catch(() => undefined))));
    const hash = engagementHash(d.files.map((f) => ({ path: f.path, bytes: bytes.get(f.path) })));
    const hit = cached.get(d.root);
    let entry: CacheEntry;
    if (hit && hit.hash === hash && (!options.facts || hit.facts)) {
      hits++;
      entry = hit;
    } else {
      // Parse what was just hashed: the findings belong to exactly these bytes.
      const once: EngagementFs = { readDirectory: (p) => fs.readDirectory(p), readFile: async (p) => bytes.get(p) ?? fs.readFile(p) };
      const engagement = await loadEngagement(once, d);
      const findings = checkEngagement(engagement, { today: options.today });
      entry = { hash, files: engagement.files.length, language: engagement.language, findings };
      // The team views' digest is kept whenever it was computed, so check and portfolio share one cache file.
      if (options.facts || hit?.facts) entry.facts = engagementFacts(engagement, findings, options.today);
    }
    next.set(d.root, entry);
    onReport({ findings: entry.findings, files: entry.files, language: entry.language }, entry.facts);
  }
  await writeAtomically(options.cacheFile, writeCacheText(key, next));
  return { engagements: engagements.length, hits };
}

/** Writes a sibling temp file and renames it over the target: a crash never leaves half a cache. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = nodePath.join(nodePath.dirname(file), `.${nodePath.basename(file)}.${process.pid}.tmp`);
  try {
    await fsp.writeFile(tmp, text, { flag: 'wx' });
    await fsp.rename(tmp, file);
  } catch {
    // A cache that cannot be written costs time next run, never the report.
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
  }
}
