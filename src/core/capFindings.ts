import { formatMessage } from './text/formatMessage';
import type { Finding, Language, Localized, Range, Severity } from './types';

/** Findings of one code kept per file; the rest are folded into one summary finding. */
export const MAX_FINDINGS_PER_CODE = 200;

/** Findings left out before the cap ran (by the collector's early bound), per `findingKey`. */
export type DroppedFindings = ReadonlyMap<string, { count: number; severity: Severity }>;

const MORE: Localized = {
  en: '… and {count} more `{code}` findings in this file (only the first {limit} of each code are listed).',
  'zh-CN': '……本文件另有 {count} 条 `{code}` 问题未列出（每类只列出前 {limit} 条）。',
};
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The key findings are capped by: one code in one file. */
export function findingKey(code: string, file: string): string {
  return `${code}\u0000${file}`;
}

/** Order within one file: position, then severity (as `sortFindings` orders them). */
export function comparePlace(a: { range: Range; severity: Severity }, b: { range: Range; severity: Severity }): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || RANK[a.severity] - RANK[b.severity];
}

/** The more severe of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

/**
 * Caps a sorted finding list per file and code: the first `MAX_FINDINGS_PER_CODE` stay, and one summary
 * finding "… and N more" takes the place of the first one left out (its range, the most severe severity
 * among those left out, so exit codes and counts still see an error). A garbage file of 600,000 schema
 * errors becomes 201 findings in the CLI, JSON, SARIF and the Problems view alike. Two linear passes.
 * `dropped` counts what the collector already left out (see `BoundedFindings`).
 */
export function capFindings(findings: Finding[], language: Language, dropped: DroppedFindings = new Map(), limit = MAX_FINDINGS_PER_CODE): Finding[] {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const key = findingKey(f.code, f.file);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, d] of dropped) counts.set(key, (counts.get(key) ?? 0) + d.count);
  if (![...counts.values()].some((n) => n > limit)) return findings;
  const seen = new Map<string, number>();
  const summaries = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = findingKey(f.code, f.file);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= limit) {
      out.push(f);
      continue;
    }
    const summary = summaries.get(key);
    if (summary) {
      summary.severity = worse(summary.severity, f.severity);
      continue;
    }
    const omitted = counts.get(key)! - limit;
    const earlier = dropped.get(key);
    const made: Finding = {
      file: f.file,
      range: f.range,
      severity: earlier ? worse(f.severity, earlier.severity) : f.severity,
      code: f.code,
      message: formatMessage(MORE, language, { count: omitted, code: f.code, limit }),
      data: { omitted },
    };
    summaries.set(key, made);
    out.push(made);
  }
  return out;
}
