import { where } from '../model/source';
import type { Language, Localized } from '../types';
import { beforeDeadline, excerpt } from './deadlineWords';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: 'The {mark} control parameter "{parameter}" has no {missing}. Without proof the evaluators cannot verify it; without a prepared answer a rival’s challenge (质疑) can have it struck as biased. Add {missing} {when}.',
  'zh-CN': '{mark}号控标参数“{parameter}”缺少{missing}。没有证明材料，评委无法核实；没有质疑应对口径，竞争对手一旦质疑其倾向性，参数可能被删除。请{when}补齐{missing}。',
};
/** Only the proof is missing: the challenge is prepared, the evaluators still cannot verify. */
const M_PROOF: Localized = {
  en: 'The {mark} control parameter "{parameter}" has no {missing}: without it the evaluators cannot verify the parameter, and a rival can argue that nobody meets it. Add {missing} {when}: a manual, a test report or a reference.',
  'zh-CN': '{mark}号控标参数“{parameter}”缺少{missing}：评委无法核实该参数，竞争对手也可借此质疑其无人能满足。请{when}补齐{missing}，如说明书、检测报告或案例。',
};
/** Only the answer is missing: the proof exists, but a challenge would find us unprepared. */
const M_ANSWER: Localized = {
  en: 'The {mark} control parameter "{parameter}" has no {missing}: if a rival challenges it (质疑) as biased, we have no prepared answer and the parameter may be struck. Add {missing} {when}: why it is the customer’s real need and not exclusive.',
  'zh-CN': '{mark}号控标参数“{parameter}”缺少{missing}：竞争对手一旦以倾向性为由提出质疑，我方无以应对，参数可能被删除。请{when}补齐{missing}，说明为什么这是客户的真实需要、并非排他。',
};
const PARTS: Record<'proof' | 'answer' | 'and', Localized> = {
  proof: { en: 'proof (`proof`)', 'zh-CN': '证明材料（proof）' },
  answer: { en: 'challenge answer (`challenge_answer`)', 'zh-CN': '质疑应对口径（challenge_answer）' },
  and: { en: ' and ', 'zh-CN': '和' },
};

function missingText(proof: boolean, answer: boolean, lang: Language): string {
  return [proof ? PARTS.proof[lang] : '', answer ? PARTS.answer[lang] : ''].filter(Boolean).join(PARTS.and[lang]);
}

/** `control-unproven`: a ★ or ▲ control parameter (控标参数) with no `proof` or no `challenge_answer`. */
export const controlUnproven = defineRule({
  meta: {
    code: 'control-unproven',
    severity: 'warning',
    term: '控标',
    summary: { 'zh-CN': '控标参数缺证明或质疑口径', en: 'A control parameter lacks proof or a challenge answer' },
    description: {
      'zh-CN': '写进招标文件的★/▲控标参数，必须同时准备好证明材料（说明书、检测报告、案例）和质疑应对口径（为什么这是客户的真实需要、并非排他）。缺一项，参数就可能在评审或质疑中失效。',
      en: 'A ★ or ▲ parameter we placed in the tender needs both proof (manual, test report, reference) and a prepared answer to a challenge (why it is the customer’s real need and not exclusive). Missing either, it may fail in evaluation or be struck after a challenge.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('control-unproven'),
    explain: {
      fires: {
        'zh-CN': '我方写入招标文件的 ★／▲ 控标参数缺少证明材料或质疑应对口径。',
        en: 'A ★ or ▲ control parameter we placed lacks proof or a prepared answer to a challenge.',
      },
      example: 'kind: bid-control\nitems:\n  - parameter: 支持 5000 并发\n    mark: ★\n    # no proof, no challenge answer',
      fix: {
        'zh-CN': '准备证明材料（说明书、检测报告、案例）和质疑应对口径。',
        en: 'Prepare the proof (manual, test report, reference) and the answer to a challenge.',
      },
    },
  },
  run({ engagement: e, language, report, today }) {
    const when = beforeDeadline(e, language, today);
    for (const c of e.controls) {
      if (c.mark !== '★' && c.mark !== '▲') continue;
      const noProof = c.proof.length === 0;
      const noAnswer = !c.challengeAnswer;
      if (!noProof && !noAnswer) continue;
      const missing = missingText(noProof, noAnswer, language);
      report(where(c.at, 'parameter'), noProof && noAnswer ? M : noProof ? M_PROOF : M_ANSWER, {
        params: { mark: c.mark, parameter: excerpt(c.parameter ?? `#${c.index + 1}`), missing, when },
        data: { proof: !noProof, challengeAnswer: !noAnswer },
      });
    }
  },
});
