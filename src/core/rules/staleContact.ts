import { lastContact } from '../model/contacts';
import { itemsOf } from '../model/engagement';
import { daysBetween } from '../text/isoDate';
import { scalarText } from '../text/scalarText';
import type { Localized } from '../types';
import { rangeFor } from './rangeFor';
import type { Rule } from './rule';

const M: Localized = {
  en: '{name} has high influence but was last contacted on {date}, {days} days ago (limit {limit}). Reach out again before the relationship goes cold.',
  'zh-CN': '{name}影响力高，但最近一次联系是 {date}，已 {days} 天（上限 {limit} 天）。请尽快再次沟通，避免关系冷却。',
};

/** `stale-contact`: a high-influence stakeholder whose latest contact is older than `stale_contact_days`. */
export const staleContact: Rule = {
  code: 'stale-contact',
  run({ engagement: e, today, out }) {
    // A closed engagement has no relationship left to keep warm.
    if (e.stage === 'closure') return;
    const limit = e.policy.stale_contact_days;
    for (const p of itemsOf(e, 'stakeholders', 'people')) {
      if (p.value.influence !== 'high') continue;
      // Never contacted at all is not "gone cold": decision-maker-gap covers the key people.
      const last = lastContact(e, p.value, today);
      if (!last) continue;
      const days = daysBetween(last.date, today)!;
      if (days <= limit) continue;
      const range = rangeFor(p.file, [[...p.path, 'last_contact'], 'value'], [p.path, 'key']);
      out.report(p.file.path, range, 'stale-contact', M, {
        params: { name: scalarText(p.value.name, scalarText(p.value.id)), date: last.date, days, limit },
        data: { id: p.value.id ?? null, lastContact: last.date, via: last.via, days },
      });
    }
  },
};
