import { engagementBudget } from '../model/budget';
import { researchActivities } from '../model/research';
import { formatAmount } from '../text/formatAmount';
import type { Localized } from '../types';
import { rangeFor } from './rangeFor';
import type { Rule } from './rule';

const M: Localized = {
  en: 'Research has taken {days} person-days, over the limit of {limit} for {basis} (过度投入). Weigh cost against risk and stop in time; or raise `policy.research_days_per_million` if this deal justifies it.',
  'zh-CN': '调研已投入 {days} 人天，超出{basis} {limit} 人天上限，属“过度投入”。请权衡成本与风险，及时止损；确有必要时可在 policy.research_days_per_million 中放宽。',
};
const BASIS = {
  budget: { en: 'a budget of {budget}', 'zh-CN': '按预算 {budget} 核定的' },
  none: { en: 'an engagement without a budget', 'zh-CN': '未填预算时默认的' },
} satisfies Record<string, Localized>;

/** `over-investment`: research effort_days beyond max(research_days_min, budget/1e6 × research_days_per_million). */
export const overInvestment: Rule = {
  code: 'over-investment',
  run({ engagement: e, out }) {
    const withEffort = researchActivities(e).filter((a) => typeof a.value.effort_days === 'number' && Number.isFinite(a.value.effort_days) && a.value.effort_days > 0);
    if (withEffort.length === 0) return;
    const days = withEffort.reduce((s, a) => s + (a.value.effort_days as number), 0);
    const budget = engagementBudget(e);
    const { research_days_min: min, research_days_per_million: perM } = e.policy;
    const limit = Math.max(min, budget ? (budget.amount / 1e6) * perM : 0);
    if (days <= limit) return;
    const last = withEffort[withEffort.length - 1];
    const basis = (budget ? BASIS.budget : BASIS.none)[out.language].replace('{budget}', budget ? formatAmount(budget.amount) : '');
    out.report(last.file.path, rangeFor(last.file, [[...last.path, 'effort_days'], 'value']), 'over-investment', M, {
      params: { days: formatAmount(days), limit: formatAmount(limit), basis },
      data: { days, limit, budget: budget?.amount ?? null, activityIndex: last.path[1] },
    });
  },
};
