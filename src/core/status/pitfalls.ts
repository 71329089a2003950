import { codeMeta, PITFALL_CODES } from '../rules/ruleList';
import type { Finding, Localized, Severity } from '../types';

/** A pitfall finding with the method's vocabulary. */
export interface PitfallItem {
  code: string;
  /** The method's zh-CN term (e.g. 随机熔断). */
  term?: string;
  summary: Localized;
  finding: Finding;
}

/** Findings of the method's pitfall codes grouped by severity. */
export interface PitfallGroup {
  severity: Severity;
  /** The 售前考评 record: findings about stages already left (`data.history`), shown folded, last. */
  history?: boolean;
  items: PitfallItem[];
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Pitfall findings (`meta.pitfall`) grouped by severity, most severe first, then the history group (findings
 * about stages already left, whatever their severity: work for today comes first); empty groups are left out.
 */
export function pitfallGroups(findings: readonly Finding[]): PitfallGroup[] {
  const item = (finding: Finding): PitfallItem => {
    const meta = codeMeta(finding.code)!;
    return { code: finding.code, ...(meta.term ? { term: meta.term } : {}), summary: meta.summary, finding };
  };
  const pitfalls = findings.filter((f) => PITFALL_CODES.has(f.code));
  const today = pitfalls.filter((f) => f.data?.history !== true);
  const groups: PitfallGroup[] = ORDER.map((severity) => ({ severity, items: today.filter((f) => f.severity === severity).map(item) }));
  groups.push({ severity: 'info', history: true, items: pitfalls.filter((f) => f.data?.history === true).map(item) });
  return groups.filter((g) => g.items.length > 0);
}
