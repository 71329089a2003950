import { whereFirst } from '../model/source';
import { traceability } from '../model/traceability';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: 'The priced line “{item}” traces to no requirement (its `req` is empty): scope nobody asked for is how a quote drifts over budget, the first sign of 随机熔断. If the customer asked for it, record the need and cite its id in `req`; if nobody did, take it out or quote it as optional.',
  'zh-CN': '报价行“{item}”没有对应任何需求（`req` 为空）：没人提出的范围会把报价一步步推过预算，这是随机熔断的第一个信号。如果客户确有此需求，请记录需求并在 `req` 中注明编号；如果没有人提出，请删去或改为可选报价。',
};

/**
 * `scope-untraced`: a non-optional pricing line whose `req` names no requirement. Information, not a warning:
 * services (support, hosting, travel) are often priced without a requirement of their own, so this is a
 * question to ask of the quote, while `scope-creep` judges the total. A `req` naming an unknown id is
 * `dangling-reference`'s finding, so only an empty or absent `req` fires here.
 */
export const scopeUntraced = defineRule({
  meta: {
    code: 'scope-untraced',
    severity: 'info',
    term: '随机熔断',
    summary: { 'zh-CN': '报价行未对应任何需求', en: 'A priced line traces to no requirement' },
    description: {
      'zh-CN': '报价中的一行没有通过 `req` 对应到任何需求：这是没人提出的范围。范围蔓延往往就是从这样一行开始的，价格随之越过预算，最终触发随机熔断。可选报价行不计入。',
      en: 'A pricing line cites no requirement in `req`: scope nobody asked for. Scope creep usually starts with such a line, and the price then drifts past the budget until the circuit breaker (随机熔断) trips. Optional lines do not count.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('scope-untraced'),
    explain: {
      fires: {
        'zh-CN': '报价中某个非可选行的 `req` 为空，没有对应任何需求。',
        en: 'A non-optional pricing line has no `req`: it traces to no requirement.',
      },
      example: 'kind: pricing\nlines:\n  - item: Platform licence\n    amount: 300000\n    req: [REQ-001]\n  - item: Data warehouse      # nobody asked for it\n    amount: 200000',
      fix: {
        'zh-CN': '为该行注明它满足的需求（`req`）；没有需求支撑的就删去，或设为可选项（`optional: true`）。',
        en: 'Name the requirement the line answers (`req`); if none does, drop it or make it optional (`optional: true`).',
      },
    },
  },
  run({ engagement: e, report }) {
    for (const line of traceability(e).untracedLines) {
      if (line.optional) continue; // an option is not in the price unless the customer picks it
      const item = line.item?.trim() || '?';
      report(whereFirst(line.at, [['req'], 'value'], [['item'], 'value'], [[], 'value']), M, { params: { item }, data: { item } });
    }
  },
});
