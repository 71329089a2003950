import { codeMeta, PITFALL_CODES } from '../rules/ruleList';
import type { Finding, Localized, Severity } from '../types';

/** Findings of one non-pitfall code (schema, yaml-syntax, missing-section…): how many and the first place. */
export interface OtherFindings {
  code: string;
  severity: Severity;
  count: number;
  summary: Localized;
  first: Finding;
}

/** Every finding by severity: the one count the badge, the status bar, the tree and `presales check` show. */
export interface FindingTotals {
  counts: Record<Severity, number>;
  /** Findings that are not method pitfalls, per code and severity, most severe first: with the pitfall groups they add up to `counts`. */
  other: OtherFindings[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Counts every finding once and groups those the pitfall list does not show (structural ones), in one pass. */
export function findingTotals(findings: readonly Finding[]): FindingTotals {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const other = new Map<string, OtherFindings>();
  for (const f of findings) {
    counts[f.severity]++;
    if (PITFALL_CODES.has(f.code)) continue;
    const key = `${f.code}\n${f.severity}`;
    const group = other.get(key);
    if (group) group.count++;
    else other.set(key, { code: f.code, severity: f.severity, count: 1, summary: codeMeta(f.code)?.summary ?? { 'zh-CN': f.code, en: f.code }, first: f });
  }
  return { counts, other: [...other.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.count - a.count || a.code.localeCompare(b.code)) };
}
