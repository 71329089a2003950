import { engagementBudget } from '../model/budget';
import { currentStageIndex } from '../model/engagement';
import { becomesHistory } from '../model/findingTiming';
import { researchActivities } from '../model/research';
import { where } from '../model/source';
import { formatAmount } from '../text/formatAmount';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: 'Research has taken {days} person-days, over the limit of {limit} for {basis} (过度投入). Weigh cost against risk and stop in time; or raise `policy.research_days_per_million` if this deal justifies it.',
  'zh-CN': '调研已投入 {days} 人天，超出{basis} {limit} 人天上限，属“过度投入”。请权衡成本与风险，及时止损；确有必要时可在 policy.research_days_per_million 中放宽。',
};
const SUNK: Localized = {
  en: 'Research took {days} person-days, over the limit of {limit} for {basis} (过度投入): sunk cost, for the presales evaluation (售前考评). Size research to the deal next time.',
  'zh-CN': '调研共投入 {days} 人天，超出{basis} {limit} 人天上限，属“过度投入”。调研已结束，此为沉没成本，记入售前考评；今后请按商机规模控制调研投入。',
};
const BASIS = {
  budget: { en: 'a budget of {budget}', 'zh-CN': '按预算 {budget} 核定的' },
  none: { en: 'an engagement without a budget', 'zh-CN': '未填预算时默认的' },
} satisfies Record<string, Localized>;

/** `over-investment`: research effort_days beyond max(research_days_min, budget/1e6 × research_days_per_million). */
export const overInvestment = defineRule({
  meta: {
    code: 'over-investment',
    severity: 'warning',
    term: '过度投入',
    summary: { 'zh-CN': '调研投入过度', en: 'Research effort exceeds the limit' },
    description: {
      'zh-CN': '调研累计投入的人天超过了与预算相称的上限。售前投入要与商机规模匹配：权衡成本与风险，及时止损。',
      en: 'The person-days spent on research exceed a limit proportionate to the budget. Presales effort must match the size of the deal: weigh cost against risk and stop in time.',
    },
    thresholds: [
      { key: 'research_days_per_million', default: 10, summary: { 'zh-CN': '每百万预算允许的调研人天', en: 'Research person-days allowed per million of budget' } },
      { key: 'research_days_min', default: 5, summary: { 'zh-CN': '调研人天下限（无预算或小预算时）', en: 'Research person-days always allowed' } },
    ],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('over-investment'),
    explain: {
      fires: {
        'zh-CN': '调研投入的人天超过 max(research_days_min, 预算（百万）× research_days_per_million)。',
        en: 'Research person-days exceed max(research_days_min, budget in millions × research_days_per_million).',
      },
      example: '# budget 500,000 → limit max(5, 0.5 × 10) = 5 days\nkind: activities\nitems:\n  - date: 2026-11-10\n    type: research\n    effort_days: 8',
      fix: {
        'zh-CN': '权衡成本与风险，及时收手；确有必要时提高 `policy` 中的限额并说明理由。',
        en: 'Weigh cost against risk and stop in time; if it is truly worth it, raise the limit in `policy` and say why.',
      },
    },
  },
  run({ engagement: e, language, threshold, report }) {
    const withEffort = researchActivities(e).filter((a) => a.effortDays !== undefined && a.effortDays > 0);
    if (withEffort.length === 0) return;
    const days = withEffort.reduce((s, a) => s + a.effortDays!, 0);
    const budget = engagementBudget(e);
    const limit = Math.max(threshold('research_days_min'), budget ? (budget.amount / 1e6) * threshold('research_days_per_million') : 0);
    if (days <= limit) return;
    const last = withEffort[withEffort.length - 1];
    const basis = (budget ? BASIS.budget : BASIS.none)[language].replace('{budget}', budget ? formatAmount(budget.amount) : '');
    // After research, "stop in time" is too late: the days are sunk and the finding is the record.
    report(where(last.at, 'effort_days'), becomesHistory('over-investment', currentStageIndex(e)) ? SUNK : M, {
      params: { days: formatAmount(days), limit: formatAmount(limit), basis },
      data: { days, limit, budget: budget?.amount ?? null, activityIndex: last.index },
    });
  },
});
