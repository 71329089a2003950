import { where } from '../model/source';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const MET: Localized = {
  en: '{id} is marked unreasonable (`reasonable: false`) yet is {status}: blindly satisfying every wish (盲目满足客户诉求) is what the circuit breaker stops. Guide the customer back to the original need, or mark it out-of-scope.',
  'zh-CN': '{id} 已标为不合理需求，却仍被{status}——这正是“随机熔断”要阻止的盲目满足客户诉求。请引导客户回到原始诉求，或将其标为 out-of-scope。',
};
const STATUS: Record<string, Localized> = {
  met: { en: 'met', 'zh-CN': '满足' },
  partial: { en: 'partly met', 'zh-CN': '部分满足' },
  priced: { en: 'priced in the pricing', 'zh-CN': '列入报价' },
};

/** `blind-yes`: a requirement with `reasonable: false` that is met, partly met or priced. */
export const blindYes = defineRule({
  meta: {
    code: 'blind-yes',
    severity: 'warning',
    term: '盲目满足客户诉求',
    summary: { 'zh-CN': '盲目满足不合理需求', en: 'An unreasonable need is being met' },
    description: {
      'zh-CN': '已判定为不合理的需求仍被满足或列入报价。盲目满足客户诉求会让范围和成本失控（随机熔断）：应引导客户回到原始诉求，或明确列为范围外。',
      en: 'A need judged unreasonable is still met or priced. Blindly satisfying every wish lets scope and cost run away (the circuit breaker): guide the customer back to the original need, or mark it out of scope.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('blind-yes'),
    explain: {
      fires: {
        'zh-CN': '被判定为不合理（`reasonable: false`）的需求仍被标为满足或已报价。',
        en: 'A requirement judged unreasonable (`reasonable: false`) is still met or priced.',
      },
      example: 'kind: requirements\nitems:\n  - id: REQ-003\n    title: A custom report per physician\n    reasonable: false\n    status: met',
      fix: {
        'zh-CN': '引导客户回到原始需求，或把它标为 `out-of-scope`，并从报价中移出。',
        en: 'Guide the customer back to the original need, or mark it `out-of-scope` and take it out of the pricing.',
      },
    },
  },
  run({ engagement: e, language, report }) {
    const priced = new Set(e.pricing.flatMap((p) => p.lines.flatMap((l) => l.req.map((r) => r.id))));
    for (const r of e.requirements) {
      if (r.reasonable !== false) continue;
      const st = r.status;
      const id = r.id?.trim() || '?';
      // An explicit "not doing it" wins over a stale pricing line: dangling lines are another matter.
      if (st === 'unmet' || st === 'out-of-scope') continue;
      const how = st === 'met' || st === 'partial' ? st : priced.has(id) ? 'priced' : undefined;
      if (!how) continue;
      report(where(r.at, how === 'priced' ? 'reasonable' : 'status'), MET, {
        params: { id, status: STATUS[how][language] },
        data: { id, status: st ?? null, priced: priced.has(id) },
      });
    }
  },
});
