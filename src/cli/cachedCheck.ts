import { promises as fsp } from 'node:fs';
import * as nodePath from 'node:path';
import { checkEngagement, discoverWorkspace, type DiscoveryProblem, EngagementIdIndex, engagementIdSite, engagementFacts, type EngagementFacts, type EngagementFs, loadEngagement, MAX_FILE_BYTES, underIdLevel } from '../core';
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
  fs: EngagementFs & { readFileNow?(path: string): Uint8Array },
  options: { today: string; cacheFile: string; onDiscoveryProblem: (p: DiscoveryProblem) => void; facts?: boolean },
  onReport: (r: CliReport, facts: EngagementFacts | undefined) => void,
): Promise<CacheStats> {
  const key = cacheRunKey(TOOL_VERSION, options.today);
  const cached = readCache(await fsp.readFile(options.cacheFile, 'utf8').catch(() => undefined), key);
  const next = new Map<string, CacheEntry>();
  const { engagements, problems } = await discoverWorkspace(fs, '');
  for (const p of problems) options.onDiscoveryProblem(p);
  let hits = 0;
  const ids = new EngagementIdIndex();
  for (const d of engagements) {
    const bytes = new Map<string, Uint8Array | undefined>();
    // A file too large to check is never read (loadEngagement reports it by its size): it hashes by its size.
    for (const f of d.files) bytes.set(f.path, f.size !== undefined && f.size > MAX_FILE_BYTES ? tooLarge(f.size) : await readOrUndefined(fs, f.path));
    const hash = engagementHash(d.files.map((f) => ({ path: f.path, bytes: bytes.get(f.path) })));
    const hit = cached.get(d.root);
    let entry: CacheEntry;
    if (hit && hit.hash === hash && (!options.facts || hit.facts) && hit.idSite !== undefined) {
      hits++;
      entry = hit;
    } else {
      // Parse what was just hashed: the findings belong to exactly these bytes.
      const once: EngagementFs = { readDirectory: (p) => fs.readDirectory(p), readFile: async (p) => bytes.get(p) ?? fs.readFile(p) };
      const engagement = await loadEngagement(once, d);
      const findings = checkEngagement(engagement, { today: options.today });
      // The site is kept even when the policy switches the finding off: the engagement still holds its id first.
      const level = engagement.policy.rules['duplicate-engagement-id'];
      const site = engagementIdSite(engagement);
      entry = { hash, files: engagement.files.length, language: engagement.language, findings, idSite: site ? { ...site, ...(level ? { level } : {}) } : null };
      // The team views' digest is kept whenever it was computed, so check and portfolio share one cache file.
      if (options.facts || hit?.facts) entry.facts = engagementFacts(engagement, findings, options.today);
    }
    next.set(d.root, entry);
    // Found anew each run (it depends on the other engagements); never stored with the entry's findings.
    const duplicate = underIdLevel(ids.see(d.root, entry.idSite ?? undefined, entry.language), entry.idSite?.level);
    const findings = duplicate ? [...entry.findings, duplicate] : entry.findings;
    onReport({ findings, files: entry.files, language: entry.language }, entry.facts);
  }
  await writeAtomically(options.cacheFile, writeCacheText(key, next));
  return { engagements: engagements.length, hits };
}

/** Stand-in bytes for a file over the size limit: its size is what the check sees of it. */
function tooLarge(size: number): Uint8Array {
  return new TextEncoder().encode(`\u0000too-large:${size}`);
}

/** A file's bytes (synchronously when the port can: most of an unchanged run is reading), undefined when unreadable. */
async function readOrUndefined(fs: EngagementFs & { readFileNow?(path: string): Uint8Array }, path: string): Promise<Uint8Array | undefined> {
  try {
    return fs.readFileNow ? fs.readFileNow(path) : await fs.readFile(path);
  } catch {
    return undefined;
  }
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
