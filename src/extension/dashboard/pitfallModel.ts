import type { BudgetSummary, PitfallGroup } from '../../core';
import type { DashboardModel, ViewScopeBar, ViewSeverity } from '../../webview/protocol';
import { pick, type DisplayLanguage } from '../displayLanguage';

const SEVERITY_ORDER: readonly ViewSeverity[] = ['error', 'warning', 'info'];

/** Pitfall findings grouped by severity (most severe first, empty groups dropped), then the history (售前考评) group. */
export function pitfallModel(groups: PitfallGroup[], lang: DisplayLanguage): DashboardModel['pitfalls'] {
  return [...SEVERITY_ORDER.map((severity) => ({ severity, history: false })), { severity: 'info' as const, history: true }].map(({ severity, history }) => ({
    severity,
    ...(history ? { history } : {}),
    items: groups
      .filter((g) => g.severity === severity && (g.history === true) === history)
      .flatMap((g) => g.items)
      .map((item) => ({
        code: item.code,
        ...(item.term ? { term: item.term } : {}),
        summary: pick(item.summary, lang),
        message: item.finding.message,
        location: { file: item.finding.file, range: item.finding.range },
      })),
  })).filter((g) => g.items.length > 0);
}

/**
 * The scope-creep bar: budget against priced total with the warning (budget × (1 + tolerance)) and error
 * (budget × factor) marks, all placed on one scale that fits the largest of them. Undefined without both numbers.
 */
export function scopeBarModel(b: BudgetSummary): ViewScopeBar | undefined {
  if (b.budget === undefined || b.priced === undefined || !(b.budget > 0) || !(b.priced >= 0)) return undefined;
  const warnAt = b.budget * (1 + b.tolerance);
  const errorAt = b.budget * b.errorFactor;
  const scale = Math.max(b.priced, warnAt, errorAt, b.budget);
  const pct = (n: number) => Math.round((n / scale) * 1000) / 10;
  const level = b.priced > errorAt ? 'error' : b.priced > warnAt ? 'warning' : 'ok';
  return {
    budget: b.budget,
    priced: b.priced,
    ...(b.currency ? { currency: b.currency } : {}),
    ratio: b.ratio ?? b.priced / b.budget,
    level,
    warnAt,
    errorAt,
    pricedPercent: pct(b.priced),
    budgetPercent: pct(b.budget),
    warnPercent: pct(warnAt),
    errorPercent: pct(errorAt),
  };
}
