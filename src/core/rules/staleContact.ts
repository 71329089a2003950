import { lastContact } from '../model/contacts';
import { quietBehaviour } from '../model/quietPeriod';
import { whereFirst } from '../model/source';
import { daysBetween } from '../text/isoDate';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: '{name} has high influence but was last contacted on {date}, {days} days ago (limit {limit}). Reach out again before the relationship goes cold.',
  'zh-CN': '{name}影响力高，但最近一次联系是 {date}，已 {days} 天（上限 {limit} 天）。请尽快再次沟通，避免关系冷却。',
};

/** `stale-contact`: a high-influence stakeholder whose latest contact is older than `stale_contact_days`. */
export const staleContact = defineRule({
  meta: {
    code: 'stale-contact',
    severity: 'info',
    summary: { 'zh-CN': '关键人久未联系', en: 'A key stakeholder has gone cold' },
    description: {
      'zh-CN': '影响力高的干系人最近一次联系已超过期限。关系需要持续经营，长期不联系，竞争对手就会占据位置。',
      en: 'A high-influence stakeholder was last contacted longer ago than the limit. Relationships need tending; left cold, a competitor takes the place.',
    },
    thresholds: [{ key: 'stale_contact_days', default: 30, summary: { 'zh-CN': '关键人未联系的最长天数', en: 'Days before a key contact goes cold' } }],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('stale-contact'),
    explain: {
      fires: {
        'zh-CN': '高影响力干系人的最近联系日期早于 stale_contact_days 天前。',
        en: 'A high-influence stakeholder’s last contact is older than stale_contact_days days.',
      },
      example: 'kind: stakeholders\npeople:\n  - id: ian-cio\n    influence: high\n    last_contact: 2026-09-01   # over 30 days ago',
      fix: {
        'zh-CN': '安排一次接触并记录活动，更新 `last_contact`。',
        en: 'Arrange a contact, log the activity and update `last_contact`.',
      },
    },
  },
  run({ engagement: e, today, threshold, report }) {
    // A closed engagement has no relationship left to keep warm.
    if (e.stage === 'closure') return;
    // In the bid's quiet period evaluators are not approached privately: nothing to advise (method/timing.ts).
    if (quietBehaviour('stale-contact', e, today) === 'silent') return;
    const limit = threshold('stale_contact_days');
    for (const p of e.people) {
      // A high-influence opponent is opponent-unhandled's, the louder finding.
      if (p.influence !== 'high' || p.attitude === 'opponent') continue;
      // Never contacted at all is not "gone cold": decision-maker-gap covers the key people.
      const last = lastContact(e, p, today);
      if (!last) continue;
      const days = daysBetween(last.date, today)!;
      if (days <= limit) continue;
      report(whereFirst(p.at, [['last_contact'], 'value'], [[], 'key']), M, {
        params: { name: p.name ?? (p.id?.trim() || '?'), date: last.date, days, limit },
        data: { id: p.id ?? null, lastContact: last.date, via: last.via, days },
      });
    }
  },
});
