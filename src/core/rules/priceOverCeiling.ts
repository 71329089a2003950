import { quoteOf } from '../model/quote';
import { whereFirst } from '../model/source';
import { formatAmount } from '../text/formatAmount';
import type { Localized } from '../types';
import { beforeDeadline } from './deadlineWords';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: 'The priced total {priced}{currency} exceeds the tender’s {limitName} of {limit} by {over}{parts}: a bid above the budget or the ceiling price is invalid (投标无效). Bring the price to {limit} or below {when}, or ask the buyer to clarify the limit through the formal channel.',
  'zh-CN': '报价合计 {priced}{currency}，超过招标文件的{limitName} {limit}，超出 {over}{parts}。报价超过预算金额或最高限价的投标无效：请{when}把报价降至 {limit} 及以下，或通过正式澄清渠道向采购人确认限价。',
};
const NAMES = { ceiling: { en: 'ceiling price (最高限价)', 'zh-CN': '最高限价' }, budget: { en: 'budget (预算金额)', 'zh-CN': '预算金额' } };
const PARTS: Localized = { en: ' (sum of {count} pricing files)', 'zh-CN': '（{count} 个报价文件之和）' };

const spaced = (c: string | undefined) => (c ? ` ${c}` : '');

/** `price-over-ceiling`: the priced total above the tender's `ceiling_price` or `budget` (the lower of the two). */
export const priceOverCeiling = defineRule({
  meta: {
    code: 'price-over-ceiling',
    severity: 'error',
    summary: { 'zh-CN': '报价超过最高限价或预算金额', en: 'The price exceeds the ceiling price or the tender budget' },
    description: {
      'zh-CN': '政府采购中，报价超过采购预算金额或最高限价的投标无效（财政部 87 号令第六十三条）。报价合计（不含选配项、扣除折扣后）必须不高于招标文件的最高限价与预算金额中较低者。',
      en: 'In public procurement a bid priced above the budget (预算金额) or the ceiling price (最高限价) is invalid (MOF Order No. 87, art. 63). The priced total (options out, discount off) must not exceed the lower of the two.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('price-over-ceiling'),
    explain: {
      fires: {
        'zh-CN': '报价合计超过招标预算金额或最高限价中较低者。',
        en: 'The priced total exceeds the lower of the tender budget and the ceiling price.',
      },
      example: 'kind: tender\nbudget: 2000000\nceiling_price: 1900000\n# pricing total: 1,950,000',
      fix: {
        'zh-CN': '把报价降到限价以内（调整配置或折扣），否则投标无效。',
        en: 'Bring the price under the ceiling (configuration or discount); otherwise the bid is invalid.',
      },
    },
  },
  run({ engagement: e, language, report, today }) {
    const q = quoteOf(e);
    const t = q.tender;
    if (!t || q.againstTender === undefined) return;
    const limits = [
      { name: 'ceiling' as const, value: t.ceilingPrice },
      { name: 'budget' as const, value: t.budget },
    ].filter((l): l is { name: 'ceiling' | 'budget'; value: number } => l.value !== undefined && l.value > 0);
    if (limits.length === 0) return;
    const limit = limits.reduce((a, b) => (b.value < a.value ? b : a));
    if (q.againstTender <= limit.value) return;
    const first = q.parts[0].doc;
    const params = {
      priced: formatAmount(q.againstTender),
      currency: spaced(q.currency ?? t.currency ?? q.budget?.currency),
      limitName: NAMES[limit.name][language],
      limit: formatAmount(limit.value),
      over: formatAmount(Math.round((q.againstTender - limit.value) * 100) / 100),
      parts: q.parts.length > 1 ? PARTS[language].replace('{count}', String(q.parts.length)) : '',
      when: beforeDeadline(e, language, today),
    };
    report(whereFirst(first.at, [['total'], 'value'], [['lines'], 'key']), M, {
      params,
      data: { priced: q.againstTender, limit: limit.value, limitKind: limit.name, files: q.parts.length },
    });
  },
});
