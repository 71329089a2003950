import { engagementBudget } from '../model/budget';
import { filesOfKind, isRecord } from '../model/engagement';
import type { SourceFile } from '../parse/sourceFile';
import { formatAmount } from '../text/formatAmount';
import type { Localized } from '../types';
import { rangeFor } from './rangeFor';
import type { Rule } from './rule';

const OVER: Localized = {
  en: 'The priced total {priced} {currency} is {pct}% over the budget of {budget}. Remember the circuit breaker (随机熔断): the 1M project grown to 3M was lost; cut the scope back or get the budget raised first.',
  'zh-CN': '报价合计 {priced} {currency}，超出预算 {budget} 的 {pct}%。牢记“随机熔断”：100万的项目一路加到300万，单子丢了；请削减范围，或先推动客户调整预算。',
};
const FAR_OVER: Localized = {
  en: 'The priced total {priced} {currency} is {ratio}× the budget of {budget}: this is the 1M→3M parable (随机熔断) that lost the deal. Break the circuit now: re-scope to the budget or phase the project.',
  'zh-CN': '报价合计 {priced} {currency}，已是预算 {budget} 的 {ratio} 倍，正是“随机熔断”故事里 100万加到300万而丢单的情形。请立即熔断：按预算重新划定范围，或分期建设。',
};

/** The priced total of a pricing file: `total` when given, else the sum of qty × unit_price (qty defaults to 1). */
export function pricedTotal(file: SourceFile): number | undefined {
  if (!isRecord(file.data)) return undefined;
  if (typeof file.data.total === 'number' && Number.isFinite(file.data.total)) return file.data.total;
  const lines = file.data.lines;
  if (!Array.isArray(lines)) return undefined;
  let sum = 0;
  let priced = false;
  for (const l of lines) {
    if (!isRecord(l) || typeof l.unit_price !== 'number' || !Number.isFinite(l.unit_price)) continue;
    const qty = typeof l.qty === 'number' && Number.isFinite(l.qty) ? l.qty : 1;
    sum += qty * l.unit_price;
    priced = true;
  }
  return priced ? sum : undefined;
}

/** `scope-creep`: warning past budget × (1 + scope_tolerance), error past budget × scope_error_factor. */
export const scopeCreep: Rule = {
  code: 'scope-creep',
  run({ engagement: e, out }) {
    const budget = engagementBudget(e);
    if (!budget) return;
    const { scope_tolerance: tol, scope_error_factor: factor } = e.policy;
    for (const file of filesOfKind(e, 'pricing')) {
      const priced = pricedTotal(file);
      if (priced === undefined) continue;
      const own = isRecord(file.data) && typeof file.data.currency === 'string' ? file.data.currency.trim() : undefined;
      // Different currencies cannot be compared without a rate; better silent than wrong.
      if (own && budget.currency && own.toUpperCase() !== budget.currency.toUpperCase()) continue;
      if (priced <= budget.amount * (1 + tol)) continue;
      const ratio = priced / budget.amount;
      const error = priced > budget.amount * factor;
      const currency = own || budget.currency || '';
      out.report(file.path, rangeFor(file, [['total'], 'value'], [['lines'], 'key']), 'scope-creep', error ? FAR_OVER : OVER, {
        severity: error ? 'error' : 'warning',
        params: {
          priced: formatAmount(priced),
          budget: formatAmount(budget.amount),
          currency,
          pct: formatAmount(Math.round((ratio - 1) * 1000) / 10),
          ratio: formatAmount(Math.round(ratio * 10) / 10),
        },
        data: { budget: budget.amount, priced, ratio, currency, budgetSource: budget.source },
      });
    }
  },
};
