import { clauseIndex, refTextOf } from '../model/clauseIndex';
import { where } from '../model/source';
import type { Localized } from '../types';
import { beforeDeadline, excerpt } from './deadlineWords';
import { defineRule, docsAnchor } from './rule';

const ANSWERED: Localized = {
  en: 'Clause {ref} ("{text}") favours {competitor} (倾向性条款), and our row on it says `deviation: {deviation}`. Do not just concede it: {when}, ask for a written clarification (澄清) or lodge a challenge (质疑) with the buyer or agency through the formal channel, or offer an equivalent and prove it.',
  'zh-CN': '条款 {ref}（“{text}”）倾向于{competitor}（倾向性条款），而我方该行填写为 `deviation: {deviation}`。不应直接放弃：请{when}通过正式渠道向采购人或代理机构提出书面澄清或质疑，或提供等效方案并举证。',
};
const UNANSWERED: Localized = {
  en: 'Clause {ref} ("{text}") favours {competitor} (倾向性条款) and no deviation row answers it. Answer it {when} — with an equivalent and its proof — or challenge it (澄清/质疑) through the formal channel.',
  'zh-CN': '条款 {ref}（“{text}”）倾向于{competitor}（倾向性条款），偏离表却没有应答。请{when}应答（给出等效方案与证明），或通过正式渠道提出澄清或质疑。',
};
const NO_DEVIATION = { en: '(none written)', 'zh-CN': '（未填写）' };

/**
 * `biased-clause`: a clause that `favours` a competitor and our row on it is not `none`/`positive`; an
 * unmarked favoured clause with no row at all too (a ★/▲ one is `clause-unanswered`'s).
 */
export const biasedClause = defineRule({
  meta: {
    code: 'biased-clause',
    severity: 'warning',
    term: '倾向性条款',
    summary: { 'zh-CN': '竞争对手的倾向性条款未化解', en: 'A clause favouring a competitor is conceded' },
    description: {
      'zh-CN': '招标文件中有条款倾向竞争对手（对手的控标参数），我方却负偏离或未应答。应在规定期限内通过正式渠道提出澄清或质疑，或提供等效方案并举证，而不是直接丢分甚至废标。',
      en: 'A clause of the tender favours a competitor (their control parameter) and we answer it negatively or not at all. Within the statutory period, ask for clarification or challenge it through the formal channel, or offer an equivalent and prove it — do not simply concede points or the bid.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('biased-clause'),
    explain: {
      fires: {
        'zh-CN': '有利于竞争对手的条款，我方负偏离应答或未应答。',
        en: 'A clause favouring a competitor is answered negatively by us, or not at all.',
      },
      example: 'kind: tender\nclauses:\n  - ref: "4.3"\n    favours: CareSoft\n# our row: deviation: negative',
      fix: {
        'zh-CN': '在法定期限内通过正式渠道澄清或质疑，或提供等效方案并加以证明。',
        en: 'Within the statutory period ask for clarification or challenge it formally, or offer an equivalent and prove it.',
      },
    },
  },
  run({ engagement: e, language, report, today }) {
    const index = clauseIndex(e);
    const when = beforeDeadline(e, language, today);
    for (const [key, c] of index.clauses) {
      if (!c.favours) continue;
      const ref = refTextOf(c);
      const base = { ref, text: excerpt(c.text), competitor: c.favours };
      const rows = index.rows.get(key);
      if (!rows) {
        if (c.mark === '★' || c.mark === '▲') continue;
        report(where(c.at, 'favours'), UNANSWERED, { params: { ...base, when }, data: { ref, favours: c.favours } });
        continue;
      }
      for (const row of rows) {
        if (row.deviation === 'none' || row.deviation === 'positive') continue;
        const at = row.deviation ? where(row.at, 'deviation') : where(row.at, 'ref');
        report(at, ANSWERED, {
          params: { ...base, deviation: row.deviation ?? NO_DEVIATION[language], when },
          data: { ref, favours: c.favours, deviation: row.deviation ?? null },
        });
      }
    }
  },
});
