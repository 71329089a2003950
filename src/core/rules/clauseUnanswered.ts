import { clauseIndex, refTextOf } from '../model/clauseIndex';
import { PROCUREMENT_ROUTES } from '../method/procurement';
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

/**
 * A clause text as compared with a row's `requirement`: its first 16 letters and digits (full-width folded,
 * spaces, punctuation and ★/▲ dropped). Undefined for texts too short to tell clauses apart.
 */
function textKey(text: string | undefined): string | undefined {
  const t = (text ?? '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return t.length >= 8 ? t.slice(0, 16) : undefined;
}

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
    // A negotiated route owes no deviation table: its clauses are answered in the negotiation record.
    const route = e.tenders[0].procurement;
    if (e.deviations.length === 0 && route && PROCUREMENT_ROUTES[route].bidding) return;
    const index = clauseIndex(e);
    const when = beforeDeadline(e, language, today);
    // Rows written without a ref (or with another numbering) still answer a clause whose text they copy.
    const copied = new Set(e.deviations.map((r) => textKey(r.requirement)).filter((k) => k !== undefined));
    for (const [key, c] of index.clauses) {
      if (c.mark !== '★' && c.mark !== '▲') continue;
      if (index.rows.has(key)) continue;
      const k = textKey(c.text);
      if (k !== undefined && copied.has(k)) continue;
      const ref = refTextOf(c);
      report(where(c.at, 'ref'), c.mark === '★' ? STAR : TRIANGLE, {
        severity: c.mark === '★' ? 'error' : 'warning',
        params: { ref, text: excerpt(c.text), when },
        data: { ref, mark: c.mark },
      });
    }
  },
});
