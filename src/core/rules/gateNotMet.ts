import { STAGES } from '../method/stages';
import { currentStageIndex } from '../model/engagement';
import { gapText, gateGaps, gateState } from '../model/gates';
import { nearestRange } from '../model/source';
import type { Language, Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: 'The {stage} stage is behind us (now in {current}) but its gate is not met: {detail}.',
  'zh-CN': '已进入「{current}」阶段，但已走过的「{stage}」阶段门未通过：{detail}。',
};
// How the unmet conditions of one gate are listed in one message.
const JOIN: Record<Language, string> = { en: '; ', 'zh-CN': '；' };

/**
 * `gate-not-met`: one finding per stage before the current one whose gate is unmet, listing its unmet
 * conditions (stage summary 本阶段总结与评价, quick review 交付物快速评审, follow-ups) in the message and in
 * `data.conditions` (one quick fix each) — one finding per gate, not a stack of them on `stage:`. Never for the
 * current stage, whose gate is still work in progress; missing deliverables are `missing-deliverable`'s
 * business. The gates come from `model/gates.ts`, the same source the status views draw (blockers per condition).
 */
export const gateNotMet = defineRule({
  meta: {
    code: 'gate-not-met',
    severity: 'warning',
    term: '本阶段总结与评价',
    summary: { 'zh-CN': '阶段门未通过', en: 'A stage gate is not met' },
    description: {
      'zh-CN': '已进入后续阶段，但走过的阶段缺少阶段总结、通过的快速评审或回访。每个阶段结束时都应总结与评价，并经交付物快速评审，才能带着结论进入下一阶段。',
      en: 'The engagement has moved on, but a stage behind it lacks its stage summary, a passed quick review or its follow-ups. Each stage ends with a summary and a quick review, so the next one starts from conclusions.',
    },
    thresholds: [],
    pitfall: true,
    fixable: true,
    docs: docsAnchor('gate-not-met'),
    explain: {
      fires: {
        'zh-CN': '当前阶段之前的某个阶段缺少阶段总结、通过的快速评审或回访。',
        en: 'A stage before the current one lacks its stage summary, a passed quick review or its follow-ups.',
      },
      example: 'kind: engagement\nstage: solution\n# 03-research/summary.md is missing, and reviews.yaml has no passed research review',
      fix: {
        'zh-CN': '用快速修复从模板创建该阶段的总结，并记录该阶段的快速评审。',
        en: 'Use the quick fixes: create that stage’s summary from its template, and record its quick review.',
      },
    },
  },
  run({ engagement: e, language, report }) {
    const current = currentStageIndex(e);
    if (current <= 0) return;
    const at = nearestRange(e.at, ['stage']);
    const currentLabel = STAGES[current].label[language];
    for (const stage of STAGES.slice(0, current)) {
      const gaps = gateGaps(gateState(e, stage));
      if (gaps.length === 0) continue;
      const detail = gaps.map((gap) => gapText(gap.condition, language, gap.params)).join(JOIN[language]);
      // A failed review is fixed like a missing one: record a (passing) review.
      const conditions = [...new Set(gaps.map((gap) => (gap.condition === 'review-failed' ? 'review' : gap.condition)))];
      // A gate whose only gap is a failed review is about that review: report it on its `result`, off `stage:`.
      const place = gaps.length === 1 && gaps[0].condition === 'review-failed' && gaps[0].at ? gaps[0].at : at;
      report(place, M, { params: { stage: stage.label[language], current: currentLabel, detail }, data: { stage: stage.id, conditions } });
    }
  },
});
