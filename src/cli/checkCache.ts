import { createHash } from 'node:crypto';
import { isCount, isFields, isFiniteNumber, isInteger, isText, listOf, oneOfValues, optional, shape, type EngagementFacts, type EngagementIdSite, type Finding, type Guard, type Language, type Severity } from '../core';

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
  /**
   * The engagement's `id` and its place (null: no id, or the check is off by policy), with the policy's
   * severity: `duplicate-engagement-id` compares engagements, so it is found anew on every run, hit or not.
   */
  idSite?: (EngagementIdSite & { level?: Severity | 'off' }) | null;
}

/** On disk: the format version, the run key, the entries, and a checksum over the entries' JSON. */
interface CacheFile {
  format: typeof FORMAT;
  key: string;
  sum: string;
  entries: Record<string, CacheEntry>;
}

const FORMAT = 'presales-cache-2';
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
    if (data?.format !== FORMAT || data.key !== key || !isText(data.sum) || !isFields(data.entries)) return new Map();
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

// What a cache entry must look like to be used: the shapes the CLI and the team views compute with.
const POSITION = shape({ line: isInteger, character: isInteger });
const isFinding: Guard<Finding> = shape({
  file: isText,
  code: isText,
  message: isText,
  severity: oneOfValues<Severity>(SEVERITIES),
  range: shape({ start: POSITION, end: POSITION }),
  data: optional(isFields),
}) as Guard<Finding>;
const optionalText = optional(isText);
const optionalNumber = optional(isFiniteNumber);
// The digest's shape where the team views compute with it (numbers, lists); optional texts must be strings.
const isFacts: Guard<EngagementFacts> = shape({
  root: isText,
  ...Object.fromEntries(['id', 'title', 'customer', 'stage', 'stageSince', 'stageSinceFrom', 'currency', 'pricedCurrency', 'deadline', 'lastActivity', 'opened', 'owner', 'outcome', 'lostTo'].map((k) => [k, optionalText])),
  ...Object.fromEntries(['budget', 'priced', 'qualification'].map((k) => [k, optionalNumber])),
  errors: isInteger,
  warnings: isInteger,
  reasons: listOf(isText),
  gaps: listOf(shape({ area: isText, type: isText, requirement: isText })),
  evaluation: shape({
    followUps: shape({ owed: isFiniteNumber, onTime: isFiniteNumber }),
    gates: shape({ due: isFiniteNumber, onTime: isFiniteNumber }),
    research: shape({ days: isFiniteNumber, limit: isFiniteNumber }),
    starProblems: isFiniteNumber,
    historyFindings: isFiniteNumber,
  }),
}) as Guard<EngagementFacts>;
const isEntry: Guard<CacheEntry> = shape({
  hash: isText,
  files: isCount,
  language: oneOfValues<Language>(['en', 'zh-CN']),
  findings: listOf(isFinding),
  facts: optional(isFacts),
  idSite: optional((v: unknown) => v === null || shape({ id: isText, file: isText, range: shape({ start: POSITION, end: POSITION }), level: optional(oneOfValues<Severity | 'off'>([...SEVERITIES, 'off'])) })(v)),
}) as Guard<CacheEntry>;

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
