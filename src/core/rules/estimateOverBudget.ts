import { engagementBudget } from '../model/budget';
import { pricedTotal } from '../model/pricedTotal';
import { where } from '../model/source';
import { formatAmount } from '../text/formatAmount';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: 'The estimates of the needs in scope add up to {sum}{currency}, {pct}% over the budget of {budget} — before any price is written. Break the circuit early (随机熔断): guide needs back to the original demand, move some out of scope or phase them, or get the budget raised before the solution grows.',
  'zh-CN': '范围内需求的估算合计 {sum}{currency}，尚未报价就已超出预算 {budget}（超出 {pct}%）。请及早“随机熔断”：引导客户回到原始诉求，将部分需求移出范围或分期建设，或先推动客户调整预算，再继续做方案。',
};

/**
 * `estimate-over-budget`: no pricing yet, and Σ `estimate` of the requirements not `out-of-scope` exceeds
 * budget × (1 + scope_tolerance) — the early 随机熔断, before scope-creep can see a price.
 */
export const estimateOverBudget = defineRule({
  meta: {
    code: 'estimate-over-budget',
    severity: 'warning',
    term: '随机熔断',
    summary: { 'zh-CN': '需求估算已超预算', en: 'The needs’ estimates exceed the budget' },
    description: {
      'zh-CN': '还没有报价，但范围内需求的估算合计已超出预算（超过容差）。随机熔断越早越好：等到报价时才发现超预算，需求往往已经答应出去了。',
      en: 'There is no pricing yet, but the estimates of the needs in scope already exceed the budget beyond the tolerance. The circuit breaker works best early: by the time a price shows the overrun, the needs have usually been promised.',
    },
    thresholds: [{ key: 'scope_tolerance', default: 0.1, summary: { 'zh-CN': '允许超出预算的比例', en: 'Share over budget tolerated' } }],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('estimate-over-budget'),
    explain: {
      fires: {
        'zh-CN': '尚无报价时，范围内需求的估算（`estimate`）合计已超过预算 ×（1 + scope_tolerance）。',
        en: 'With no pricing yet, the estimates (`estimate`) of the needs in scope already exceed budget × (1 + scope_tolerance).',
      },
      example: '# budget 500,000\nkind: requirements\nitems:\n  - id: REQ-001\n    estimate: 400000\n  - id: REQ-002\n    estimate: 300000',
      fix: {
        'zh-CN': '尽早熔断：在承诺之前削减范围或争取追加预算。',
        en: 'Break the circuit early: cut the scope or get more budget before anything is promised.',
      },
    },
  },
  run({ engagement: e, threshold, report }) {
    // Once a price exists, scope-creep measures the real thing.
    if (e.pricing.some((doc) => pricedTotal(doc) !== undefined)) return;
    const budget = engagementBudget(e);
    if (!budget || e.requirements.length === 0) return;
    let sum = 0;
    for (const r of e.requirements) if (r.status !== 'out-of-scope' && r.estimate !== undefined && r.estimate > 0) sum += r.estimate;
    const tol = threshold('scope_tolerance');
    if (sum <= budget.amount * (1 + tol)) return;
    const first = e.requirements[0];
    report(where({ file: first.at.file, path: [] }, 'items', 'key'), M, {
      params: {
        sum: formatAmount(sum),
        currency: budget.currency ? ` ${budget.currency}` : '',
        budget: formatAmount(budget.amount),
        pct: formatAmount(Math.round((sum / budget.amount - 1) * 1000) / 10),
      },
      data: { sum, budget: budget.amount, ratio: sum / budget.amount, tolerance: tol },
    });
  },
});
