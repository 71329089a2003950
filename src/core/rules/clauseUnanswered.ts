import { clauseIndex, refTextOf, unansweredClauses } from '../model/clauseIndex';
import { where } from '../model/source';
import type { Localized } from '../types';
import { beforeDeadline, excerpt } from './deadlineWords';
import { defineRule, docsAnchor } from './rule';

const STAR: Localized = {
  en: 'The ★ clause {ref} ("{text}") has no row in the deviation tables. An unanswered ★ clause reads as not met and voids the bid: add a row with `ref: {ref}` that answers it point by point, with evidence, {when}.',
  'zh-CN': '★号条款 {ref}（“{text}”）在偏离表中没有对应行。★号条款未应答即视为不满足，将导致废标：请{when}在偏离表中补上 `ref: {ref}` 的一行，点对点应答并给出证明材料。',
};
const TRIANGLE: Localized = {
  en: 'The ▲ clause {ref} ("{text}") has no row in the deviation tables. An unanswered ▲ clause costs its points: add a row with `ref: {ref}` that answers it point by point, with evidence, {when}.',
  'zh-CN': '▲号条款 {ref}（“{text}”）在偏离表中没有对应行。▲号条款未应答会被扣分：请{when}在偏离表中补上 `ref: {ref}` 的一行，点对点应答并给出证明材料。',
};

/** `clause-unanswered`: a ★ or ▲ clause of `tender.clauses` that no deviation row answers (by `ref`). */
export const clauseUnanswered = defineRule({
  meta: {
    code: 'clause-unanswered',
    severity: 'error',
    summary: { 'zh-CN': '★/▲条款未应答', en: 'A ★ or ▲ clause has no deviation row' },
    description: {
      'zh-CN': '招标文件的★号（实质性）与▲号（重要）条款必须在偏离表中逐条应答。★号条款漏答视为不满足，导致废标（错误）；▲号条款漏答会被扣分（警告）。',
      en: 'Every ★ (mandatory) and ▲ (important) clause of the tender must be answered row by row in the deviation tables. A ★ clause left out reads as not met and voids the bid (error); a ▲ clause left out costs points (warning).',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('clause-unanswered'),
    explain: {
      fires: {
        'zh-CN': '招标文件中的 ★／▲ 条款在偏离表中没有对应的行。',
        en: 'A ★ or ▲ clause of the tender has no row in the deviation tables.',
      },
      example: 'kind: tender\nclauses:\n  - ref: "3.2"\n    mark: ★\n# no deviation row has ref "3.2"',
      fix: {
        'zh-CN': '在偏离表中逐条应答该条款。',
        en: 'Answer the clause in its own deviation row.',
      },
    },
  },
  run({ engagement: e, language, report, today }) {
    if (e.tenders.length === 0) return;
    const when = beforeDeadline(e, language, today);
    for (const c of unansweredClauses(e, clauseIndex(e))) {
      const ref = refTextOf(c);
      report(where(c.at, 'ref'), c.mark === '★' ? STAR : TRIANGLE, {
        severity: c.mark === '★' ? 'error' : 'warning',
        params: { ref, text: excerpt(c.text), when },
        data: { ref, mark: c.mark },
      });
    }
  },
});
