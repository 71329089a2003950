import { quoteOf } from '../model/quote';
import { whereFirst } from '../model/source';
import { formatAmount } from '../text/formatAmount';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const OVER: Localized = {
  en: 'The priced total {priced} {currency} is {pct}% over the budget of {budget}. Remember the circuit breaker (随机熔断): the 1M project grown to 3M was lost; cut the scope back or get the budget raised first.',
  'zh-CN': '报价合计 {priced} {currency}，超出预算 {budget} 的 {pct}%。牢记“随机熔断”：100万的项目一路加到300万，单子丢了；请削减范围，或先推动客户调整预算。',
};
const FAR_OVER: Localized = {
  en: 'The priced total {priced} {currency} is {ratio}× the budget of {budget}: this is the 1M→3M parable (随机熔断) that lost the deal. Break the circuit now: re-scope to the budget or phase the project.',
  'zh-CN': '报价合计 {priced} {currency}，已是预算 {budget} 的 {ratio} 倍，正是“随机熔断”故事里 100万加到300万而丢单的情形。请立即熔断：按预算重新划定范围，或分期建设。',
};

/** `scope-creep`: warning past budget × (1 + scope_tolerance), error past budget × scope_error_factor. */
export const scopeCreep = defineRule({
  meta: {
    code: 'scope-creep',
    severity: 'warning',
    term: '随机熔断',
    summary: { 'zh-CN': '报价超出预算', en: 'The priced total exceeds the budget' },
    description: {
      'zh-CN': '报价合计超出客户预算。随机熔断的寓言：100万的项目一路加需求加到300万，最后单子丢了。超出容差时应削减范围或先推动客户调整预算；超过预算数倍即为错误。',
      en: 'The priced total exceeds the customer’s budget. The circuit-breaker parable: a 1M project grown to 3M by added wishes was lost. Past the tolerance, cut the scope or get the budget raised first; far past it is an error.',
    },
    thresholds: [
      { key: 'scope_tolerance', default: 0.1, summary: { 'zh-CN': '允许超出预算的比例', en: 'Share over budget tolerated' } },
      { key: 'scope_error_factor', default: 2, summary: { 'zh-CN': '报价达到预算的多少倍即为错误', en: 'Multiple of the budget that makes it an error' } },
    ],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('scope-creep'),
    explain: {
      fires: {
        'zh-CN': '报价合计（不含可选项、扣除折扣）超过预算 ×（1 + scope_tolerance）；超过预算 × scope_error_factor 时为错误。',
        en: 'The priced total (options out, discount off) exceeds budget × (1 + scope_tolerance); past budget × scope_error_factor it is an error.',
      },
      example: '# engagement.yaml: budget: {amount: 1000000, currency: CNY}\nkind: pricing\nlines:\n  - item: Platform\n    amount: 900000\n  - item: Extra modules the customer asked for\n    amount: 400000      # total 1,300,000 > 1,100,000',
      fix: {
        'zh-CN': '熔断：削减范围（把愿望移出或设为可选项），或先让客户追加预算，再继续报价。',
        en: 'Break the circuit: cut the scope (move wishes out or make them optional), or get the budget raised before pricing more.',
      },
    },
  },
  run({ engagement: e, threshold, report }) {
    // THE priced total (quote.ts): every pricing file, options out, discount off; silent across currencies
    // (currency-mismatch says so).
    const q = quoteOf(e);
    const budget = q.budget;
    const priced = q.againstBudget;
    if (!budget || priced === undefined) return;
    const tol = threshold('scope_tolerance');
    const factor = threshold('scope_error_factor');
    if (priced <= budget.amount * (1 + tol)) return;
    const ratio = priced / budget.amount;
    const error = priced > budget.amount * factor;
    const currency = q.currency || budget.currency || '';
    report(whereFirst(q.parts[0].doc.at, [['total'], 'value'], [['lines'], 'key']), error ? FAR_OVER : OVER, {
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
  },
});
