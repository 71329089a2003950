import { CODES, codeSpec } from '../method/codes';
import type { PitfallGroup } from '../status/statusTypes';
import type { Finding, Severity } from '../types';

/** The method's pitfall codes: the 15 of FORMAT.md "Pitfalls from the method", plus any code with a term. */
export const PITFALL_CODES: ReadonlySet<string> = new Set([
  'scope-creep', 'blind-yes', 'follow-up-overdue', 'research-without-need', 'research-first', 'customer-not-user',
  'over-investment', 'decision-maker-gap', 'stale-contact', 'basic-need-unmet', 'star-negative-deviation',
  'bare-response', 'bid-deadline', 'gate-not-met', 'concern-uncovered',
  ...CODES.filter((c) => 'term' in c && c.term).map((c) => c.code),
]);

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Pitfall findings grouped by severity, most severe first; empty groups are left out. */
export function pitfallGroups(findings: readonly Finding[]): PitfallGroup[] {
  return ORDER.map((severity) => ({
    severity,
    items: findings
      .filter((f) => f.severity === severity && PITFALL_CODES.has(f.code))
      .map((finding) => {
        const spec = codeSpec(finding.code)!;
        return { code: finding.code, ...(spec.term ? { term: spec.term } : {}), summary: spec.summary, finding };
      }),
  })).filter((g) => g.items.length > 0);
}
