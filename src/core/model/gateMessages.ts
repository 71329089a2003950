import type { Localized } from '../types';

/** An unmet gate condition of a stage (docs/format.md "Stages: what each owes"). */
export type GateCondition = 'summary' | 'review' | 'review-failed' | 'follow-ups' | 'deliverable';

/**
 * What is missing, as a clause both the gate blockers and `gate-not-met` embed. The method's own terms
 * (本阶段总结与评价, 交付物快速评审, 三天内回访) are quoted in both languages so writers find them in the deck.
 */
export const GATE_CONDITION_TEXT: Record<GateCondition, Localized> = {
  summary: {
    en: 'no stage summary (本阶段总结与评价) names this stage',
    'zh-CN': '缺少本阶段的阶段总结（本阶段总结与评价）',
  },
  review: {
    en: 'no passed quick review (交付物快速评审) of this stage in reviews.yaml',
    'zh-CN': 'reviews.yaml 中没有本阶段通过的交付物快速评审',
  },
  'review-failed': {
    en: 'the latest quick review (交付物快速评审) of this stage failed',
    'zh-CN': '本阶段最近一次交付物快速评审未通过',
  },
  'follow-ups': {
    en: 'Visits, briefings or demos with no follow-up (三天内回访): {count}',
    'zh-CN': '{count} 次拜访/汇报/演示没有记录回访（三天内回访）',
  },
  deliverable: {
    en: 'the {label} ({kind}) is missing',
    'zh-CN': '缺少{label}（{kind}）',
  },
};
