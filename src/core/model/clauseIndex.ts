import type { DeviationRow, Engagement, TenderClause } from './records';

/** A clause ref as compared: trimmed, full-width folded, case ignored (`４.1.2` is `4.1.2`). */
export function refKey(ref: string | undefined): string | undefined {
  const k = ref?.normalize('NFKC').trim().toLowerCase();
  return k ? k : undefined;
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
      const k = refKey(c.ref);
      if (k !== undefined && !clauses.has(k)) clauses.set(k, c);
    }
  }
  const rows = new Map<string, DeviationRow[]>();
  for (const r of e.deviations) {
    const k = refKey(r.ref);
    if (k === undefined) continue;
    const list = rows.get(k);
    if (list) list.push(r);
    else rows.set(k, [r]);
  }
  return { clauses, rows };
}

/** The clause a row answers, when the tender lists it. */
export function clauseOf(index: ClauseIndex, row: DeviationRow): TenderClause | undefined {
  const k = refKey(row.ref);
  return k === undefined ? undefined : index.clauses.get(k);
}
