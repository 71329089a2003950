import { bidScore } from '../model/bidScore';
import { SCORE_REASONS, type ReasonText } from '../model/scoreReasons';
import { where } from '../model/source';
import { formatAmount } from '../text/formatAmount';
import { formatMessage } from '../text/formatMessage';
import type { Language, Localized } from '../types';
import { beforeDeadline } from './deadlineWords';
import { defineRule, docsAnchor } from './rule';

const LOSS: Localized = {
  en: '"{item}" is expected to lose {lost} of {points} points: {why}. {recover}',
  'zh-CN': '评分项“{item}”预计失 {lost} 分（满分 {points} 分）：{why}。{recover}',
};
const VOID: Localized = {
  en: '"{item}": {why}. Turn negative deviations into compliance {when}, or clarify them with the buyer, until fewer than {void_after} remain.',
  'zh-CN': '评分项“{item}”：{why}。请{when}把负偏离逐项改为满足（或经澄清确认满足），直到少于 {void_after} 项。',
};
const WHEN: Localized = { en: 'Cheapest way back, {when}: {how}.', 'zh-CN': '请{when}挽回：{how}。' };

const say = (r: ReasonText, lang: Language) => formatMessage(SCORE_REASONS[r.key], lang, r.params);

/**
 * `score-loss`: a scoring rule costs points — negative deviations under `deduct`, `count` below the cap, our
 * price above the lowest competitor under `price-low`. Info; warning past `score_loss_warn` points on one
 * item; error when negative deviations reach `void_after`. `judged` items and assumed scores never fire.
 */
export const scoreLoss = defineRule({
  meta: {
    code: 'score-loss',
    severity: 'info',
    term: '评分测算',
    summary: { 'zh-CN': '评分项失分', en: 'A scoring item loses points' },
    description: {
      'zh-CN': '按招标文件的评分规则测算我方得分：▲负偏离按项扣分、案例/资质按数量计分且有上限、价格分按低价优先法（评标基准价 ÷ 投标报价 × 价格分值，财政部 87 号令第五十五条）。失分即提示，单项失分超过阈值为警告，负偏离项数达到无效投标线为错误。评委主观打分项不提示。',
      en: 'Our score under the tender’s rules: ▲ negative deviations deduct per item, references and certificates count up to a cap, the price scores by the lowest-price method (benchmark ÷ our price × points, MOF Order No. 87 art. 55). A loss is information, a warning past the per-item threshold, an error when negative deviations reach the count that voids the bid. Items the evaluators judge never fire.',
    },
    thresholds: [{ key: 'score_loss_warn', default: 5, summary: { 'zh-CN': '单项失分超过此分值为警告', en: 'Points lost on one item that make it a warning' } }],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('score-loss'),
    explain: {
      fires: {
        'zh-CN': '按招标评分规则测算我方会失分；单项失分超过 score_loss_warn 时为警告。',
        en: 'By the tender’s scoring rules we lose points; past score_loss_warn points on one item it is a warning.',
      },
      example: 'kind: tender\nscoring:\n  - item: References\n    type: commercial\n    rule: count\n    per: 2\n    points: 6\n    count: 1      # 2 of 6 points: 4 lost',
      fix: {
        'zh-CN': '补齐可得分项（案例、资质），减少 ▲ 负偏离，或重新测算价格。',
        en: 'Add what scores (references, certificates), reduce ▲ negative deviations, or rework the price.',
      },
    },
  },
  run({ engagement: e, language, threshold, report, today }) {
    const score = bidScore(e);
    if (!score) return;
    const warnAt = threshold('score_loss_warn');
    const when = beforeDeadline(e, language, today);
    const byIndex = new Map(score.tender.scoring.map((s) => [s.index, s]));
    for (const item of score.estimate.items) {
      const source = byIndex.get(item.index)!;
      const at = where(source.at, 'item');
      const data = { item: item.item, points: item.points, expected: item.expected, lost: item.lost, rule: item.rule };
      if (item.void) {
        report(at, VOID, { severity: 'error', params: { item: item.item, why: say(item.why, language), when, void_after: source.voidAfter }, data: { ...data, void: true } });
        continue;
      }
      if (item.rule === 'judged' || item.assumed || item.lost <= 0) continue;
      const recover = item.recover ? formatMessage(WHEN, language, { when, how: say(item.recover, language) }) : '';
      report(at, LOSS, {
        severity: item.lost > warnAt ? 'warning' : 'info',
        params: { item: item.item, lost: formatAmount(item.lost), points: formatAmount(item.points), why: say(item.why, language), recover },
        data,
      });
    }
  },
});
