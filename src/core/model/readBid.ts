import { CLAUSE_TYPES, DEVIATION_PARTS, DEVIATIONS, oneOf, PROCUREMENTS, SCORING_RULES, SCORING_TYPES } from '../method/vocabulary';
import type { SourceFile } from '../parse/sourceFile';
import type { ControlParameter, DeviationRow, PricingDoc, Tender } from './records';
import { listItems } from './readLists';
import { bool, date, idRefs, mapOf, mark, num, text, texts } from './readValues';

/** One `kind: pricing` file. */
export function readPricing(file: SourceFile): PricingDoc {
  const d = mapOf(file.data);
  return {
    at: { file, path: [] },
    currency: text(d.currency),
    total: num(d.total),
    discount: num(d.discount),
    delivery: text(d.delivery),
    warranty: text(d.warranty),
    lines: listItems(file, 'lines').map(({ item: l, index, at }) => ({
      at,
      index,
      item: text(l.item),
      qty: num(l.qty),
      unitPrice: num(l.unit_price),
      amount: num(l.amount),
      optional: l.optional === true,
      req: idRefs(at, l, 'req'),
    })),
  };
}

/** The rows of one `kind: deviation-table` file. */
export function readDeviations(file: SourceFile): DeviationRow[] {
  const part = oneOf(DEVIATION_PARTS, mapOf(file.data).part);
  return listItems(file, 'items').map(({ item: r, index, at }) => ({
    at,
    index,
    part,
    ref: text(r.ref),
    mark: mark(r.mark),
    requirement: text(r.requirement),
    response: typeof r.response === 'string' ? r.response : undefined,
    deviation: oneOf(DEVIATIONS, r.deviation),
    evidence: r.evidence === undefined || r.evidence === null ? [] : texts(r.evidence),
    req: idRefs(at, r, 'req'),
  }));
}

/** One `kind: tender` file (Format 2 fields included). */
export function readTender(file: SourceFile): Tender {
  const d = mapOf(file.data);
  return {
    at: { file, path: [] },
    deadline: date(d.deadline),
    procurement: d.procurement === undefined || d.procurement === null ? 'public-tender' : oneOf(PROCUREMENTS, d.procurement),
    published: date(d.published),
    budget: num(d.budget),
    ceilingPrice: num(d.ceiling_price),
    currency: text(d.currency),
    project: text(d.project),
    tenderNo: text(d.tender_no),
    delivery: text(d.delivery),
    warranty: text(d.warranty),
    clauses: listItems(file, 'clauses').map(({ item: c, index, at }) => ({
      at,
      index,
      ref: text(c.ref),
      mark: mark(c.mark),
      text: text(c.text),
      type: oneOf(CLAUSE_TYPES, c.type),
      favours: text(c.favours),
    })),
    scoring: listItems(file, 'scoring').map(({ item: s, index, at }) => ({
      at,
      index,
      item: text(s.item),
      points: num(s.points),
      type: oneOf(SCORING_TYPES, s.type),
      rule: oneOf(SCORING_RULES, s.rule),
      per: num(s.per),
      marks: Array.isArray(s.marks) ? s.marks.map(mark).filter((m) => m !== undefined) : undefined,
      voidAfter: num(s.void_after),
      count: num(s.count),
      estimate: num(s.estimate),
      clauses: s.clauses === undefined || s.clauses === null ? [] : texts(s.clauses),
    })),
    competitorPrices: listItems(file, 'competitor_prices').map(({ item: p, at }) => ({ at, name: text(p.name), price: num(p.price) })),
  };
}

/** The items of one `kind: bid-control` file (控标参数). */
export function readControls(file: SourceFile): ControlParameter[] {
  return listItems(file, 'items').map(({ item: c, index, at }) => ({
    at,
    index,
    module: text(c.module),
    parameter: text(c.parameter),
    mark: mark(c.mark),
    proof: c.proof === undefined || c.proof === null ? [] : texts(c.proof),
    challengeAnswer: text(c.challenge_answer),
    licence: text(c.licence),
    tenderRef: text(c.tender_ref),
    adopted: bool(c.adopted),
    req: idRefs(at, c, 'req'),
  }));
}
