import { itemsOf } from '../model/engagement';
import { scalarText } from '../text/scalarText';
import type { Localized } from '../types';
import { rangeFor } from './rangeFor';
import type { Rule } from './rule';

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
export const blindYes: Rule = {
  code: 'blind-yes',
  run({ engagement: e, out }) {
    const priced = new Set<string>();
    for (const l of itemsOf(e, 'pricing', 'lines')) {
      const r = l.value.req;
      for (const id of Array.isArray(r) ? r : [r]) if (typeof id === 'string' || typeof id === 'number') priced.add(String(id));
    }
    for (const r of itemsOf(e, 'requirements', 'items')) {
      if (r.value.reasonable !== false) continue;
      const st = r.value.status;
      const id = scalarText(r.value.id);
      // An explicit "not doing it" wins over a stale pricing line: dangling lines are another matter.
      if (st === 'unmet' || st === 'out-of-scope') continue;
      const how = st === 'met' || st === 'partial' ? st : priced.has(id) ? 'priced' : undefined;
      if (!how) continue;
      const range = how === 'priced' ? rangeFor(r.file, [[...r.path, 'reasonable'], 'value']) : rangeFor(r.file, [[...r.path, 'status'], 'value']);
      out.report(r.file.path, range, 'blind-yes', MET, {
        params: { id, status: STATUS[how][out.language] },
        data: { id, status: st ?? null, priced: priced.has(id) },
      });
    }
  },
};
