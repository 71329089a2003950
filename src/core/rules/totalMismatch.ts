import { quoteOf } from '../model/quote';
import { where } from '../model/source';
import { formatAmount } from '../text/formatAmount';
import type { Language, Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: 'The written total {written} differs from the priced total {priced} by {diff} ({how}). Correct `total`: the budget and ceiling checks, the score estimate and the evaluators all go by the lines.',
  'zh-CN': '填写的总价 {written} 与按明细计算的报价合计 {priced} 相差 {diff}（{how}）。请更正 `total`：预算与限价检查、评分测算以及评委都以明细为准。',
};
const HOW: Record<'lines' | 'optional' | 'discount', Localized> = {
  lines: { en: 'Σ non-optional lines {gross}', 'zh-CN': '非选配明细合计 {gross}' },
  optional: { en: 'optional lines {optional} left out', 'zh-CN': '不含选配项 {optional}' },
  discount: { en: 'discount {discount} taken off', 'zh-CN': '扣除折扣 {discount}' },
};

function how(p: { gross: number; optional: number; discount: number }, lang: Language): string {
  const parts = [HOW.lines[lang].replace('{gross}', formatAmount(p.gross))];
  if (p.optional > 0) parts.push(HOW.optional[lang].replace('{optional}', formatAmount(p.optional)));
  if (p.discount > 0) parts.push(HOW.discount[lang].replace('{discount}', formatAmount(p.discount)));
  return parts.join(lang === 'zh-CN' ? '，' : ', ');
}

/** `total-mismatch`: a pricing file's written `total` differs from its priced total by more than `total_tolerance`. */
export const totalMismatch = defineRule({
  meta: {
    code: 'total-mismatch',
    severity: 'warning',
    summary: { 'zh-CN': '总价与明细不符', en: 'The written total disagrees with the lines' },
    description: {
      'zh-CN': '报价文件填写的 total 与明细计算结果（非选配项之和减去折扣）不一致。开标唱价与明细不符时，评审通常以单价或明细为准，总价错误还可能被认定为报价不明确。',
      en: 'The `total` written in a pricing file differs from what its lines compute (non-optional lines minus the discount). When the read-out total and the lines disagree, evaluators usually go by the lines, and an inconsistent price may be held unclear.',
    },
    thresholds: [{ key: 'total_tolerance', default: 1, summary: { 'zh-CN': '可忽略的差额（四舍五入）', en: 'Difference ignored (rounding)' } }],
    pitfall: false,
    fixable: false,
    docs: docsAnchor('total-mismatch'),
    explain: {
      fires: {
        'zh-CN': '报价文件中写的 `total` 与各行计算结果之差超过 total_tolerance。',
        en: 'The written `total` differs from what the lines compute by more than total_tolerance.',
      },
      example: 'kind: pricing\nlines:\n  - amount: 600000\n  - amount: 400000\ntotal: 900000      # lines give 1,000,000',
      fix: {
        'zh-CN': '修正 `total`，或删除它让各行决定合计。',
        en: 'Correct `total`, or remove it and let the lines decide.',
      },
    },
  },
  run({ engagement: e, language, threshold, report }) {
    const tolerance = threshold('total_tolerance');
    for (const { doc, priced } of quoteOf(e).parts) {
      if (priced.from !== 'lines' || doc.total === undefined) continue;
      const diff = Math.abs(doc.total - priced.total);
      if (diff <= tolerance) continue;
      report(where(doc.at, 'total'), M, {
        params: { written: formatAmount(doc.total), priced: formatAmount(priced.total), diff: formatAmount(Math.round(diff * 100) / 100), how: how(priced, language) },
        data: { written: doc.total, priced: priced.total, gross: priced.gross, optional: priced.optional, discount: priced.discount },
      });
    }
  },
});
