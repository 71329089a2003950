import { formatMessage } from './text/formatMessage';
import type { Finding, Language, Localized, Severity } from './types';

/** Findings of one code kept per file; the rest are folded into one summary finding. */
export const MAX_FINDINGS_PER_CODE = 200;

const MORE: Localized = {
  en: '… and {count} more `{code}` findings in this file (only the first {limit} of each code are listed).',
  'zh-CN': '……本文件另有 {count} 条 `{code}` 问题未列出（每类只列出前 {limit} 条）。',
};
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Caps a sorted finding list per file and code: the first `MAX_FINDINGS_PER_CODE` stay, and one summary
 * finding "… and N more" takes the place of the first one left out (its range, the most severe severity
 * among those left out, so exit codes and counts still see an error). A garbage file of 600,000 schema
 * errors becomes 201 findings in the CLI, JSON, SARIF and the Problems view alike. Two linear passes.
 */
export function capFindings(findings: Finding[], language: Language, limit = MAX_FINDINGS_PER_CODE): Finding[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(keyOf(f), (counts.get(keyOf(f)) ?? 0) + 1);
  if (![...counts.values()].some((n) => n > limit)) return findings;
  const seen = new Map<string, number>();
  const summaries = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = keyOf(f);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= limit) {
      out.push(f);
      continue;
    }
    const summary = summaries.get(key);
    if (summary) {
      if (RANK[f.severity] < RANK[summary.severity]) summary.severity = f.severity;
      continue;
    }
    const omitted = counts.get(key)! - limit;
    const made: Finding = {
      file: f.file,
      range: f.range,
      severity: f.severity,
      code: f.code,
      message: formatMessage(MORE, language, { count: omitted, code: f.code, limit }),
      data: { omitted },
    };
    summaries.set(key, made);
    out.push(made);
  }
  return out;
}

function keyOf(f: Finding): string {
  return `${f.code}\u0000${f.file}`;
}
