import { PROCUREMENT_ROUTES } from '../method/procurement';
import type { DeviationRow, Engagement, TenderClause } from './records';
import { rangeFor, type Source } from './source';

// How writers dress a clause number: 第 2.1.3 条, ★2.1.3, 条款 2.1.3, Clause 4.1, §4.1, 2.1.3. — all clause 2.1.3.
const REF_PREFIX = /^(?:[★▲☆△*#§]|clause|item|section|sec\.|no\.|条款|序号)*(?:第(?=[\d.]))?/u;
const REF_SUFFIX = /(?<=\d)(?:条|款|项|节)?\.?$/u;

/**
 * A clause ref as compared: full-width folded, spaces and case ignored, and the words around the number
 * dropped (`４.1.2`, `第 4.1.2 条`, `★4.1.2` and `Clause 4.1.2` are all `4.1.2`).
 */
export function refKey(ref: string | undefined): string | undefined {
  const k = ref?.normalize('NFKC').toLowerCase().replace(/\s+/gu, '').replace(REF_PREFIX, '').replace(REF_SUFFIX, '');
  return k ? k : undefined;
}

/**
 * The ref of a clause or row as written: a YAML number loses its trailing zeros (`ref: 4.10` reads 4.1, the
 * same as `ref: 4.1`), so an unquoted numeric ref is taken from the source text.
 */
export function refTextOf(rec: { ref?: string; at: Source }): string | undefined {
  if (rec.ref === undefined || !/^\d+(\.\d+)?$/.test(rec.ref)) return rec.ref;
  const file = rec.at.file;
  const path = [...rec.at.path, 'ref'];
  if (!file.yaml || file.yaml.locate(path).depth !== path.length) return rec.ref;
  const r = rangeFor(file, [path, 'value']);
  const raw = file.text.slice(file.lines.lineStart(r.start.line) + r.start.character, file.lines.lineStart(r.end.line) + r.end.character).trim();
  return /^\d+(\.\d+)?$/.test(raw) ? raw : rec.ref;
}

/** `refKey` of the ref as written (`refTextOf`). */
export function refKeyOf(rec: { ref?: string; at: Source }): string | undefined {
  return refKey(refTextOf(rec));
}

/** The tender's clauses and the deviation rows that answer them, joined once by ref. */
export interface ClauseIndex {
  /** Clauses of every tender file, by ref key (the first wins). */
  clauses: ReadonlyMap<string, TenderClause>;
  /** Deviation rows by the ref key of the clause they answer. */
  rows: ReadonlyMap<string, DeviationRow[]>;
}

/** Builds the index in one pass over clauses and rows. */
export function clauseIndex(e: Engagement): ClauseIndex {
  const clauses = new Map<string, TenderClause>();
  for (const t of e.tenders) {
    for (const c of t.clauses) {
      const k = refKeyOf(c);
      if (k !== undefined && !clauses.has(k)) clauses.set(k, c);
    }
  }
  const rows = new Map<string, DeviationRow[]>();
  for (const r of e.deviations) {
    const k = refKeyOf(r);
    if (k === undefined) continue;
    const list = rows.get(k);
    if (list) list.push(r);
    else rows.set(k, [r]);
  }
  return { clauses, rows };
}

/** The clause a row answers, when the tender lists it. */
export function clauseOf(index: ClauseIndex, row: DeviationRow): TenderClause | undefined {
  const k = refKeyOf(row);
  return k === undefined ? undefined : index.clauses.get(k);
}

/**
 * A clause text as compared with a row's `requirement`: its first 16 letters and digits (full-width folded,
 * spaces, punctuation and ★/▲ dropped). Undefined for texts too short to tell clauses apart.
 */
function textKey(text: string | undefined): string | undefined {
  const t = (text ?? '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return t.length >= 8 ? t.slice(0, 16) : undefined;
}

/**
 * The ★ and ▲ clauses no deviation row answers — by its ref, or by a row without the ref that copies the
 * clause text — in the tender's order. None on a negotiated route with no deviation table: its clauses are
 * answered in the negotiation record. One definition for `clause-unanswered` and the bid summary.
 */
export function unansweredClauses(e: Engagement, index: ClauseIndex): TenderClause[] {
  const route = e.tenders[0]?.procurement;
  if (e.deviations.length === 0 && route && PROCUREMENT_ROUTES[route].bidding) return [];
  const copied = new Set(e.deviations.map((r) => textKey(r.requirement)).filter((k) => k !== undefined));
  const out: TenderClause[] = [];
  for (const [key, c] of index.clauses) {
    if (c.mark !== '★' && c.mark !== '▲') continue;
    if (index.rows.has(key)) continue;
    const k = textKey(c.text);
    if (k === undefined || !copied.has(k)) out.push(c);
  }
  return out;
}
