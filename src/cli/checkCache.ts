import { createHash } from 'node:crypto';
import type { EngagementFacts, Finding, Language, Severity } from '../core';

/**
 * The `--cache` file (ESLint-style): per engagement folder, a hash of all its files' paths and contents
 * and the findings checked from them. Rules see the whole engagement, so one changed, added or removed
 * file re-checks its whole engagement. The run key holds what else decides findings: the tool version
 * and `--today` (policy lives in engagement.yaml, so its content hash covers it). A file that does not
 * parse, fails its checksum or has another run key is ignored: the cache is never trusted, only matched.
 */
export interface CacheEntry {
  hash: string;
  files: number;
  language: Language;
  findings: Finding[];
  /** The team views' digest (`presales portfolio|gaps --cache`), when a run computed it. */
  facts?: EngagementFacts;
}

/** On disk: the format version, the run key, the entries, and a checksum over the entries' JSON. */
interface CacheFile {
  format: typeof FORMAT;
  key: string;
  sum: string;
  entries: Record<string, CacheEntry>;
}

const FORMAT = 'presales-cache-1';
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The run key: what, besides the files, decides the findings. */
export function cacheRunKey(toolVersion: string, today: string): string {
  return sha256(JSON.stringify([FORMAT, toolVersion, today]));
}

/** One engagement's content hash: every file's path and bytes, in path order. */
export function engagementHash(files: readonly { path: string; bytes: Uint8Array | undefined }[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    h.update(f.path).update('\u0000');
    // An unreadable file hashes as "unreadable", so it is re-read (and re-reported) next time.
    if (f.bytes) h.update(`${f.bytes.length}:`).update(f.bytes);
    else h.update('\u0001unreadable');
    h.update('\u0000');
  }
  return h.digest('hex');
}

/** Parses a cache file's text; the entries when it is intact and of this run key, else an empty map. */
export function readCache(text: string | undefined, key: string): Map<string, CacheEntry> {
  if (text === undefined) return new Map();
  try {
    const data = JSON.parse(text) as Partial<CacheFile>;
    if (data?.format !== FORMAT || data.key !== key || typeof data.sum !== 'string' || !isRecord(data.entries)) return new Map();
    if (sha256(JSON.stringify(data.entries)) !== data.sum) return new Map();
    const out = new Map<string, CacheEntry>();
    for (const [root, e] of Object.entries(data.entries)) if (isEntry(e)) out.set(root, e);
    return out;
  } catch {
    return new Map();
  }
}

/** The cache file's text for the entries of this run. */
export function writeCacheText(key: string, entries: ReadonlyMap<string, CacheEntry>): string {
  const obj: Record<string, CacheEntry> = {};
  for (const [root, e] of entries) obj[root] = e;
  const file: CacheFile = { format: FORMAT, key, sum: sha256(JSON.stringify(obj)), entries: obj };
  return JSON.stringify(file);
}

function isEntry(e: unknown): e is CacheEntry {
  if (!isRecord(e)) return false;
  const x = e as Partial<CacheEntry>;
  return typeof x.hash === 'string' && Number.isInteger(x.files) && (x.language === 'en' || x.language === 'zh-CN') && Array.isArray(x.findings) && x.findings.every(isFinding)
    && (x.facts === undefined || isFacts(x.facts));
}

/** The digest's shape where the team views compute with it (numbers, lists); optional texts must be strings. */
function isFacts(f: unknown): f is EngagementFacts {
  if (!isRecord(f)) return false;
  const x = f as Record<string, unknown>;
  const ev = x.evaluation as Record<string, Record<string, unknown>> | undefined;
  const nums = (o: unknown, keys: string[]) => isRecord(o) && keys.every((k) => typeof o[k] === 'number' && Number.isFinite(o[k]));
  const optStr = ['id', 'title', 'customer', 'stage', 'stageSince', 'stageSinceFrom', 'currency', 'deadline', 'lastActivity', 'owner', 'outcome', 'lostTo'].every((k) => x[k] === undefined || typeof x[k] === 'string');
  const optNum = ['budget', 'priced', 'qualification'].every((k) => x[k] === undefined || (typeof x[k] === 'number' && Number.isFinite(x[k])));
  return typeof x.root === 'string' && optStr && optNum && Number.isInteger(x.errors) && Number.isInteger(x.warnings)
    && Array.isArray(x.reasons) && x.reasons.every((r) => typeof r === 'string')
    && Array.isArray(x.gaps) && x.gaps.every((g) => isRecord(g) && typeof g.area === 'string' && typeof g.type === 'string' && typeof g.requirement === 'string')
    && isRecord(ev) && nums(ev.followUps, ['owed', 'onTime']) && nums(ev.gates, ['due', 'onTime']) && nums(ev.research, ['days', 'limit'])
    && typeof ev.starProblems === 'number' && typeof ev.historyFindings === 'number';
}

function isFinding(f: unknown): f is Finding {
  if (!isRecord(f)) return false;
  const x = f as Partial<Finding>;
  const pos = (p: unknown) => isRecord(p) && Number.isInteger((p as { line: unknown }).line) && Number.isInteger((p as { character: unknown }).character);
  return typeof x.file === 'string' && typeof x.code === 'string' && typeof x.message === 'string' && SEVERITIES.includes(x.severity as Severity)
    && isRecord(x.range) && pos(x.range.start) && pos(x.range.end) && (x.data === undefined || isRecord(x.data));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
