import type { Language, Range } from '../types';
import { CARD_TEXT as T, label, say } from './cardLabels';
import { isAnswer } from './hoverCards';
import { referencesOf, type IdIndex } from './idIndex';
import { stakeholderTally } from './referenceTally';

/** One code lens: a line of facts above a definition, and the id it is about (clicking shows its references). */
export interface IdLens {
  range: Range;
  title: string;
  kind: 'stakeholder' | 'requirement' | 'clause';
  id: string;
}

/**
 * Lenses on the definitions of a file: a requirement "answered in 3 places · priced · ★ row", a person
 * "5 references", a clause "positive · ★" or "no deviation row". Linear in the file's sites.
 */
export function lensesIn(index: IdIndex, file: string, language: Language): IdLens[] {
  const out: IdLens[] = [];
  const sep = ' · ';
  for (const s of index.byFile.get(file) ?? []) {
    if (s.role !== 'definition') continue;
    const refs = referencesOf(index, s.kind, s.id);
    let parts: string[];
    if (s.kind === 'requirement') {
      const answered = refs.filter((r) => isAnswer(index, r));
      const priced = refs.some((r) => index.files.get(r.file)?.kind === 'pricing');
      const star = index.engagement.deviations.some((d) => d.mark === '★' && d.req.some((q) => q.id === s.id));
      parts = [say(answered.length === 1 ? T.lensAnsweredOnce : T.lensAnswered, language, answered.length), say(priced ? T.lensPriced : T.lensUnpriced, language), ...(star ? [say(T.lensStarRow, language)] : [])];
    } else if (s.kind === 'clause') {
      const rows = index.engagement.deviations.filter((d) => d.ref === s.id);
      parts = rows.length ? rows.map((d) => `${T.ourDeviation[language]}${language === 'zh-CN' ? '：' : ': '}${d.deviation ? label.deviation(d.deviation, language) : '?'}${d.mark ? ` ${d.mark}` : ''}`) : [say(T.lensNoDeviation, language)];
    } else {
      const n = stakeholderTally(index, s.id).total;
      parts = [say(n === 1 ? T.lensReference : T.lensReferences, language, n)];
    }
    out.push({ range: s.range, title: parts.join(sep), kind: s.kind, id: s.id });
  }
  return out;
}
