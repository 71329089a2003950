import { currencyCode, sameCurrency } from '../model/currency';
import { quoteOf, tenderCurrency } from '../model/quote';
import { where, whereFirst } from '../model/source';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const SPLIT: Localized = {
  en: 'This pricing file is in {own} while {other} is in {theirs}: the parts of one quote cannot be added without a rate, so no priced total is compared with the budget or the ceiling. Quote every part in one currency.',
  'zh-CN': '本报价文件币种为 {own}，而 {other} 为 {theirs}：同一报价的各部分币种不一致，无法相加，报价合计不再与预算和限价比较。请统一币种。',
};
const BUDGET: Localized = {
  en: 'The pricing is in {own} but the customer’s budget is in {theirs}: the priced total cannot be compared with the budget, so scope-creep stays silent. Quote in {theirs}, or state the budget in the currency you quote.',
  'zh-CN': '报价币种为 {own}，客户预算币种却是 {theirs}：报价合计无法与预算比较，范围蔓延检查因此不生效。请以 {theirs} 报价，或按报价币种填写预算。',
};
const TENDER: Localized = {
  en: 'The tender asks for prices in {theirs} but the pricing is in {own}: a bid in another currency may be rejected, and the ceiling-price check cannot run. Quote in {theirs}.',
  'zh-CN': '招标文件要求以 {theirs} 报价，我方报价币种却是 {own}：币种不符的报价可能被否决，限价检查也无法进行。请以 {theirs} 报价。',
};

/**
 * `currency-mismatch`: pricing files disagree on currency, or the pricing currency differs from the budget's
 * or the tender's. The priced total is then compared with nothing (quote.ts): silence there, one finding here.
 */
export const currencyMismatch = defineRule({
  meta: {
    code: 'currency-mismatch',
    severity: 'warning',
    summary: { 'zh-CN': '币种不一致', en: 'Currencies disagree' },
    description: {
      'zh-CN': '报价、客户预算与招标文件的币种不一致时，报价合计无法与预算或限价比较（没有汇率，宁可不比也不误报）。同一报价的多个报价文件必须使用同一币种。',
      en: 'When the pricing, the customer’s budget and the tender use different currencies, the priced total cannot be compared with the budget or the ceiling (no exchange rate: better silent than wrong). The pricing files of one quote must share one currency.',
    },
    thresholds: [],
    pitfall: false,
    fixable: false,
    docs: docsAnchor('currency-mismatch'),
    explain: {
      fires: {
        'zh-CN': '报价、预算与招标使用了不同的币种，无法比较。',
        en: 'The pricing, the budget and the tender use different currencies, so they cannot be compared.',
      },
      example: '# engagement.yaml: budget: {amount: 500000, currency: USD}\nkind: pricing\ncurrency: CNY',
      fix: {
        'zh-CN': '同一报价的所有文件统一为一种币种。',
        en: 'Use one currency for every file of the quote.',
      },
    },
  },
  run({ engagement: e, report }) {
    const q = quoteOf(e);
    const stated = e.pricing.find((d) => currencyCode(d.currency) !== undefined);
    if (!stated) return;
    const own = stated.currency!;
    const at = (doc: typeof stated) => whereFirst(doc.at, [['currency'], 'value']);
    if (q.splitCurrency) {
      report(at(q.splitCurrency), SPLIT, { params: { own: q.splitCurrency.currency, other: stated.at.file.path, theirs: own }, data: { currencies: [own, q.splitCurrency.currency] } });
      return;
    }
    const budgetCurrency = q.budget?.currency;
    if (budgetCurrency && !sameCurrency(own, budgetCurrency)) {
      report(at(stated), BUDGET, { params: { own, theirs: budgetCurrency }, data: { pricing: own, budget: budgetCurrency } });
    }
    const tender = q.tender?.currency;
    if (q.tender && tender && !sameCurrency(own, tender)) {
      report(where(q.tender.at, 'currency'), TENDER, { params: { own, theirs: tenderCurrency(q) }, data: { pricing: own, tender } });
    }
  },
});
