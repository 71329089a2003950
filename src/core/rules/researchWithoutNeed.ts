import { currentStageIndex } from '../model/engagement';
import { becomesHistory } from '../model/findingTiming';
import { researchUnderWay } from '../model/research';
import { whereFirst } from '../model/source';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: 'Research is under way but no reason for it is recorded (`research.reason` is {reason}). Avoid research without need (胡乱开展调研): research only when approval or progress is blocked or competition is fierce; record which, or stop.',
  'zh-CN': '调研已在进行，但未记录调研理由（research.reason 为 {reason}）。切忌“胡乱开展调研”：只有在立项难、推进难或竞争激烈时才调研；请写明理由，否则应停止。',
};
const PAST: Localized = {
  en: 'Research was done without a recorded reason (`research.reason` is {reason}): research without need (胡乱开展调研), for the presales evaluation (售前考评). Next time research only when approval or progress is blocked or competition is fierce.',
  'zh-CN': '调研阶段未记录调研理由（research.reason 为 {reason}），属“胡乱开展调研”，记入售前考评。今后只在立项难、推进难或竞争激烈时才开展调研。',
};
const ABSENT: Localized = { en: 'absent', 'zh-CN': '空' };

/** `research-without-need`: research under way with `research.reason` absent or `none`. */
export const researchWithoutNeed = defineRule({
  meta: {
    code: 'research-without-need',
    severity: 'warning',
    term: '胡乱开展调研',
    summary: { 'zh-CN': '没有必要的调研', en: 'Research without a reason' },
    description: {
      'zh-CN': '调研正在进行，却没有记录调研理由。调研成本高，只在立项难、推进难或竞争激烈时才值得做；没有理由的调研就是胡乱开展调研。',
      en: 'Research is under way with no recorded reason. Research is expensive and pays only when approval or progress is blocked or competition is fierce; research without a reason is research without need.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('research-without-need'),
    explain: {
      fires: {
        'zh-CN': '已开展调研（进入调研阶段或有调研活动），但 `research.reason` 为空或为 `none`。',
        en: 'Research is under way (research stage or research activities) while `research.reason` is empty or `none`.',
      },
      example: 'kind: engagement\nstage: research\nresearch:\n  reason: none',
      fix: {
        'zh-CN': '写明调研原因（approval-blocked、progress-blocked、fierce-competition）；没有原因就跳过调研。',
        en: 'Record why (approval-blocked, progress-blocked, fierce-competition); without a reason, skip research.',
      },
    },
  },
  run({ engagement: e, language, report }) {
    if (!researchUnderWay(e)) return;
    const reason = e.research.reason;
    if (reason !== undefined && reason !== 'none') return;
    // Once research is over, "stop" is no advice: the finding is the record (method/timing.ts).
    const past = becomesHistory('research-without-need', currentStageIndex(e));
    report(whereFirst(e.at, [['research', 'reason'], 'value'], [['research'], 'key'], [['stage'], 'value']), past ? PAST : M, {
      params: { reason: reason === 'none' ? 'none' : ABSENT[language] },
      data: { reason: reason ?? null },
    });
  },
});
