import { researchInfo, researchUnderWay } from '../model/research';
import type { Localized } from '../types';
import { rangeFor } from './rangeFor';
import type { Rule } from './rule';

const M: Localized = {
  en: 'Research is under way but no reason for it is recorded (`research.reason` is {reason}). Avoid research without need (胡乱开展调研): research only when approval or progress is blocked or competition is fierce; record which, or stop.',
  'zh-CN': '调研已在进行，但未记录调研理由（research.reason 为 {reason}）。切忌“胡乱开展调研”：只有在立项难、推进难或竞争激烈时才调研；请写明理由，否则应停止。',
};
const ABSENT: Localized = { en: 'absent', 'zh-CN': '空' };

/** `research-without-need`: research under way with `research.reason` absent or `none`. */
export const researchWithoutNeed: Rule = {
  code: 'research-without-need',
  run({ engagement: e, out }) {
    if (!researchUnderWay(e)) return;
    const reason = researchInfo(e).reason;
    if (reason !== undefined && reason !== null && reason !== '' && reason !== 'none') return;
    const range = rangeFor(e.file, [['research', 'reason'], 'value'], [['research'], 'key'], [['stage'], 'value']);
    out.report(e.file.path, range, 'research-without-need', M, {
      params: { reason: reason === 'none' ? 'none' : ABSENT[out.language] },
      data: { reason: reason ?? null },
    });
  },
};
