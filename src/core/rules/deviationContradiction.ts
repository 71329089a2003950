import { shortfallAdmission } from '../method/shortfallPhrases';
import { clauseIndex, clauseOf, refTextOf } from '../model/clauseIndex';
import { where } from '../model/source';
import { boundBreaches, type Bound } from '../text/quantityBound';
import type { Language, Localized } from '../types';
import { beforeDeadline } from './deadlineWords';
import { defineRule, docsAnchor } from './rule';

const NUMBER: Localized = {
  en: 'Clause {ref} requires {bound}, but the response states {found}{admits} while the row says `deviation: {deviation}`. The evaluators will read it as a negative deviation{stake}: {when}, meet the requirement and say how, or declare the deviation honestly.',
  'zh-CN': '条款 {ref} 要求{bound}，应答却写明 {found}{admits}，而该行填的是 `deviation: {deviation}`。评委会按负偏离认定{stake}。请{when}满足该要求并写明如何满足，或如实填报负偏离。',
};
const ADMITS: Localized = {
  en: 'The response to clause {ref} admits a shortfall ("{words}") while the row says `deviation: {deviation}`. The evaluators will read it as a negative deviation{stake}: {when}, meet the clause with what exists today (certificate, release, reference in hand), or declare the deviation honestly.',
  'zh-CN': '条款 {ref} 的应答承认了不足（“{words}”），而该行填的是 `deviation: {deviation}`。评委会按负偏离认定{stake}。请{when}以现有的证书、版本或案例满足该条款，或如实填报负偏离。',
};
const ALSO: Localized = { en: ' and admits "{words}"', 'zh-CN': '，并承认“{words}”' };
const STAKE: Record<'star' | 'other', Localized> = {
  star: { en: ', and on a ★ clause that voids the bid', 'zh-CN': '，★号条款负偏离将导致废标' },
  other: { en: ' and deduct points', 'zh-CN': '并扣分' },
};
const BOUND_WORDS: Record<string, Localized> = {
  'min': { en: 'at least {v}', 'zh-CN': '不少于 {v}' },
  'min<': { en: 'more than {v}', 'zh-CN': '多于 {v}' },
  'max': { en: 'at most {v}', 'zh-CN': '不超过 {v}' },
  'max<': { en: 'less than {v}', 'zh-CN': '少于 {v}' },
};

function boundText(b: Bound, lang: Language): string {
  return BOUND_WORDS[`${b.dir}${b.strict ? '<' : ''}`][lang].replace('{v}', b.text);
}

/**
 * `deviation-contradiction`: a row marked `none`/`positive` whose response states a number on the wrong side
 * of the requirement's bound (compared with units: text/quantityBound.ts) or admits a shortfall in words
 * (method/shortfallPhrases.ts). Error on a ★ row or clause, warning otherwise.
 */
export const deviationContradiction = defineRule({
  meta: {
    code: 'deviation-contradiction',
    severity: 'warning',
    summary: { 'zh-CN': '偏离表自相矛盾', en: 'A deviation row contradicts itself' },
    description: {
      'zh-CN': '偏离表填“无偏离/正偏离”，应答内容却承认不满足（暂不支持、后续版本、正在办理、评估中……），或写出的数值达不到条款要求（不少于 3 家却只有 2 家；不超过 180 天却是 240 天）。评委按负偏离认定：★号条款即废标，其他条款扣分。',
      en: 'A row says `none` or `positive`, yet its response admits a shortfall (not supported, roadmap, in progress, under assessment…) or states a number that misses the clause’s bound (at least 3 sites → 2; at most 180 days → 240). Evaluators read it as a negative deviation: on a ★ clause the bid is void, elsewhere points are lost.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('deviation-contradiction'),
    explain: {
      fires: {
        'zh-CN': '某行标为 `none`／`positive`，但应答承认有欠缺，或给出的数字达不到条款要求。',
        en: 'A row says `none` or `positive` while its response admits a shortfall or states a number that misses the clause’s bound.',
      },
      example: 'kind: deviation-table\nitems:\n  - requirement: 至少 3 个同类案例\n    response: 提供 2 个案例\n    deviation: none',
      fix: {
        'zh-CN': '如实标为负偏离并设法弥补，或修正应答内容。',
        en: 'Mark it as the negative deviation it is and make up for it, or correct the response.',
      },
    },
  },
  run({ engagement: e, language, report, today }) {
    if (e.deviations.length === 0) return;
    const index = clauseIndex(e);
    const when = beforeDeadline(e, language, today);
    for (const row of e.deviations) {
      if ((row.deviation !== 'none' && row.deviation !== 'positive') || !row.response) continue;
      const clause = clauseOf(index, row);
      let breaches = row.requirement ? boundBreaches(row.requirement, row.response) : [];
      if (breaches.length === 0 && clause?.text) breaches = boundBreaches(clause.text, row.response);
      const words = shortfallAdmission(row.response);
      if (breaches.length === 0 && words === undefined) continue;
      const star = row.mark === '★' || clause?.mark === '★';
      const common = { ref: refTextOf(row) ?? (clause && refTextOf(clause)) ?? `#${row.index + 1}`, deviation: row.deviation, stake: STAKE[star ? 'star' : 'other'][language], when };
      const severity = star ? 'error' : 'warning';
      if (breaches.length > 0) {
        const b = breaches[0];
        report(where(row.at, 'response'), NUMBER, {
          severity,
          params: { ...common, bound: boundText(b.bound, language), found: b.found.text, admits: words ? ALSO[language].replace('{words}', words) : '' },
          data: { ref: common.ref, bound: b.bound.text, dir: b.bound.dir, found: b.found.text, ...(words ? { words } : {}) },
        });
      } else {
        report(where(row.at, 'response'), ADMITS, { severity, params: { ...common, words }, data: { ref: common.ref, words } });
      }
    }
  },
});
