import { isBoundedText, isCount, isFields, onlyKeys, type EngagementStatus } from '../../core';
import { DASHBOARD_COMMANDS, type ViewRange, type WebviewMessage } from '../../webview/protocol';

/** What the validator may trust about one engagement: the host's own data, never the webview's. */
export interface EngagementFacts {
  /** Every file path the engagement owns or the dashboard shows for it (folder-relative). */
  paths: ReadonlySet<string>;
  /** `kind\npath` of every deliverable slot. */
  deliverables: ReadonlySet<string>;
  stakeholders: ReadonlySet<string>;
}

/** Collects the facts of one engagement from its files and status. */
export function engagementFacts(files: readonly string[], status: EngagementStatus): EngagementFacts {
  const deliverables = status.stages.flatMap((s) => s.deliverables);
  const paths = new Set<string>([
    ...files,
    ...deliverables.map((d) => d.path),
    ...status.stakeholders.people.map((p) => p.file),
    ...status.pitfalls.flatMap((g) => g.items.map((i) => i.finding.file)),
    ...status.otherFindings.map((g) => g.first.file),
    ...status.stages.flatMap((s) => s.blockers.flatMap((b) => (b.file ? [b.file] : []))),
  ]);
  return {
    paths,
    deliverables: new Set(deliverables.map((d) => `${d.kind}\n${d.path}`)),
    stakeholders: new Set(status.stakeholders.people.map((p) => p.id)),
  };
}

const MAX_STRING = 2048;
const COMMANDS: ReadonlySet<string> = new Set(DASHBOARD_COMMANDS);

/**
 * Checks a message from the webview: exact shape, a known engagement, an allowed command, a path that
 * belongs to that engagement. Returns the message rebuilt from its checked fields, or undefined.
 */
export function validateMessage(raw: unknown, facts: (key: string) => EngagementFacts | undefined): WebviewMessage | undefined {
  if (!isObject(raw) || typeof raw.type !== 'string') return undefined;
  if (raw.type === 'ready') {
    if (!only(raw, ['type', 'key'])) return undefined;
    if (raw.key === undefined) return { type: 'ready' };
    return isText(raw.key) ? { type: 'ready', key: raw.key } : undefined;
  }
  if (!isText(raw.key)) return undefined;
  const key = raw.key;
  const f = facts(key);
  if (!f) return undefined;
  switch (raw.type) {
    case 'pickEngagement':
      return only(raw, ['type', 'key']) ? { type: 'pickEngagement', key } : undefined;
    case 'reveal': {
      if (!only(raw, ['type', 'key', 'file', 'range']) || !isSafePath(raw.file) || !f.paths.has(raw.file)) return undefined;
      const range = asRange(raw.range);
      return range ? { type: 'reveal', key, file: raw.file, range } : undefined;
    }
    case 'openDeliverable':
      if (!only(raw, ['type', 'key', 'kind', 'path', 'exists']) || !isText(raw.kind) || !isSafePath(raw.path) || typeof raw.exists !== 'boolean') return undefined;
      return f.deliverables.has(`${raw.kind}\n${raw.path}`) ? { type: 'openDeliverable', key, kind: raw.kind, path: raw.path, exists: raw.exists } : undefined;
    case 'openStakeholder':
      return only(raw, ['type', 'key', 'id']) && isText(raw.id) && f.stakeholders.has(raw.id) ? { type: 'openStakeholder', key, id: raw.id } : undefined;
    case 'command':
      return only(raw, ['type', 'key', 'command']) && isText(raw.command) && COMMANDS.has(raw.command)
        ? { type: 'command', key, command: raw.command as (typeof DASHBOARD_COMMANDS)[number] }
        : undefined;
    default:
      return undefined;
  }
}

/** A relative POSIX path without `..`, drive letters, backslashes or control characters. */
export function isSafePath(p: unknown): p is string {
  if (!isText(p) || p.startsWith('/') || /[\\\0-\x1f]|^[a-zA-Z]:|^[a-z][a-z0-9+.-]*:\/\//i.test(p)) return false;
  return p.split('/').every((seg) => seg !== '..' && seg !== '.' && seg !== '');
}

/** A well-formed 0-based range (end not before start), rebuilt from its checked fields; undefined otherwise. */
export function asRange(v: unknown): ViewRange | undefined {
  if (!isObject(v) || !only(v, ['start', 'end'])) return undefined;
  const start = asPosition(v.start);
  const end = asPosition(v.end);
  if (!start || !end || end.line < start.line || (end.line === start.line && end.character < start.character)) return undefined;
  return { start, end };
}

function asPosition(v: unknown): ViewRange['start'] | undefined {
  if (!isObject(v) || !only(v, ['line', 'character']) || !isIndex(v.line) || !isIndex(v.character)) return undefined;
  return { line: v.line, character: v.character };
}

// The shape guards are core's (text/valueGuards.ts); texts from the webview are bounded.
const isIndex = isCount;
const isText = isBoundedText(MAX_STRING);
const isObject = isFields;
/** No keys besides the allowed ones (extra fields mean a message we did not design). */
const only = onlyKeys;
