import { lastContact } from '../model/contacts';
import { quietBehaviour } from '../model/quietPeriod';
import { whereFirst } from '../model/source';
import { daysBetween } from '../text/isoDate';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const COLD: Localized = {
  en: '{name} has high influence and opposes us, and nothing has been done with them for {days} days (limit {limit}). An opponent left alone works against the bid: meet them, hear the objection, and have a champion or a reference answer it.',
  'zh-CN': '{name}影响力高且持反对态度，已 {days} 天没有任何接触（上限 {limit} 天）。反对者放任不管，只会在评标时发难：请当面沟通、弄清其顾虑，并请拥护者或样板客户帮助化解。',
};
const NEVER: Localized = {
  en: '{name} has high influence and opposes us, and has never been met. An opponent left alone works against the bid: meet them, hear the objection, and have a champion or a reference answer it.',
  'zh-CN': '{name}影响力高且持反对态度，却从未接触过。反对者放任不管，只会在评标时发难：请当面沟通、弄清其顾虑，并请拥护者或样板客户帮助化解。',
};
const QUIET: Localized = {
  en: '{name} has high influence and opposes us. The tender is in its quiet period: do not approach them privately. Answer their likely objections in the bid itself, point by point with evidence, and raise questions only through the formal clarification channel (澄清/答疑).',
  'zh-CN': '{name}影响力高且持反对态度。招标已进入静默期，切勿私下接触评标相关人员：请在标书中逐条、有据地回应其可能的顾虑，如有疑问只通过正式的澄清/答疑渠道提出。',
};

/**
 * `opponent-unhandled`: a high-influence `opponent` with no contact (an activity with them, or `last_contact`)
 * within `stale_contact_days`, or never. In the quiet period it is information that points to the formal
 * clarification channel (method/timing.ts QUIET_PERIOD). Not at closure.
 */
export const opponentUnhandled = defineRule({
  meta: {
    code: 'opponent-unhandled',
    severity: 'warning',
    summary: { 'zh-CN': '高影响力反对者无人应对', en: 'A high-influence opponent is left alone' },
    description: {
      'zh-CN': '影响力高的反对者在限期内没有任何接触。反对者不会因为被冷落而改变立场，只会在决策时投反对票；应尽早接触、弄清顾虑，借拥护者和样板客户化解。',
      en: 'A high-influence opponent has had no contact within the limit. Opponents do not soften by being ignored; they vote against us when it counts. Meet them early, learn the objection, and answer it through a champion or a reference.',
    },
    thresholds: [{ key: 'stale_contact_days', default: 30, summary: { 'zh-CN': '关键人未联系的最长天数', en: 'Days before a key contact goes cold' } }],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('opponent-unhandled'),
    explain: {
      fires: {
        'zh-CN': '高影响力的反对者在 stale_contact_days 天内没有任何接触。',
        en: 'A high-influence opponent has had no contact within stale_contact_days days.',
      },
      example: 'kind: stakeholders\npeople:\n  - id: bob-cfo\n    influence: high\n    attitude: opponent\n    last_contact: 2026-08-15',
      fix: {
        'zh-CN': '尽早会面，弄清反对理由，并通过拥护者或案例回应。',
        en: 'Meet early, learn the objection, and answer it through a champion or a reference.',
      },
    },
  },
  run({ engagement: e, today, threshold, report }) {
    if (e.stage === 'closure') return;
    const limit = threshold('stale_contact_days');
    const quiet = quietBehaviour('opponent-unhandled', e, today);
    if (quiet === 'silent') return;
    for (const p of e.people) {
      if (p.influence !== 'high' || p.attitude !== 'opponent') continue;
      const last = lastContact(e, p, today);
      const days = last ? daysBetween(last.date, today)! : undefined;
      if (days !== undefined && days <= limit) continue;
      const name = p.name ?? (p.id?.trim() || '?');
      // The quiet period leaves nothing to do privately: information that points to the formal channel.
      report(whereFirst(p.at, [['attitude'], 'value'], [[], 'key']), quiet ? QUIET : last ? COLD : NEVER, {
        ...(quiet ? { severity: 'info' as const } : {}),
        params: { name, days, limit },
        data: { id: p.id ?? null, lastContact: last?.date ?? null, days: days ?? null, quietPeriod: quiet !== undefined },
      });
    }
  },
});
