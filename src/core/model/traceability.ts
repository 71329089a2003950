import { knownRequirements, proseSitesOf } from './proseMentions';
import type { ConcernId, DeviationPart, Deviation, KanoClass, Mark, RequirementStatus } from '../method/vocabulary';
import type { Heading } from '../parse/markdownHeadings';
import { refTextOf, refKeyOf } from './clauseIndex';
import { linePrice } from './pricedTotal';
import type { ControlParameter, DeviationRow, Engagement, Person, PricingLine, Requirement, TenderClause } from './records';
import { where, type Source, type Where } from './source';
import type { YamlPath } from '../parse/yamlSource';
import type { Range } from '../types';

/** A solution line whose customer-visible text names the requirement, under its nearest heading. */
export interface AnsweredAt extends Where {
  /** The nearest heading above the line ('' when the line comes before any heading). */
  heading: string;
}

/** A pricing line whose `req` lists the requirement. */
export interface PricedAt extends Where {
  line: PricingLine;
  item?: string;
  /** The line's price (qty × unit_price, else amount). */
  amount?: number;
  optional: boolean;
}

/** A deviation row whose `req` cites the requirement. */
export interface DeviationAt extends Where {
  row: DeviationRow;
  /** The clause ref as written. */
  ref?: string;
  mark?: Mark;
  deviation?: Deviation;
  part?: DeviationPart;
}

/** A control parameter (控标参数) whose `req` cites the requirement. */
export interface ControlAt extends Where {
  control: ControlParameter;
  parameter?: string;
  mark?: Mark;
}

/** The stakeholder a requirement comes from (`source`), and what that person cares about. */
export interface SourceAt extends Where {
  id: string;
  /** Undefined when the id names nobody (`dangling-reference` reports it). */
  person?: Person;
  /** The person's `id` in stakeholders.yaml (where a link to the person goes). */
  personAt?: Where;
  /** The person's known concerns, in written order. */
  concerns: ConcernId[];
}

/** One requirement and every place that traces it. */
export interface RequirementTrace {
  requirement: Requirement;
  id: string;
  title?: string;
  kano?: KanoClass;
  status?: RequirementStatus;
  /** The requirement's `id` value. */
  at: Where;
  answered: AnsweredAt[];
  priced: PricedAt[];
  deviations: DeviationAt[];
  controls: ControlAt[];
  sources: SourceAt[];
}

/** One tender clause and the deviation rows that answer it (joined by ref as written, like clause-unanswered). */
export interface ClauseTrace {
  clause: TenderClause;
  ref: string;
  mark?: Mark;
  at: Where;
  rows: (Where & { row: DeviationRow })[];
}

/** The compliance (traceability) matrix of an engagement. */
export interface Traceability {
  /** In requirements.yaml order; a duplicated id is listed once (its first definition). */
  requirements: RequirementTrace[];
  /** In tender order; a duplicated ref is listed once. */
  clauses: ClauseTrace[];
  /** Pricing lines whose `req` names no requirement at all (empty or absent). */
  untracedLines: PricingLine[];
  /** True when the engagement has at least one `solution` document. */
  hasSolution: boolean;
}

// Rules, status and adapters ask for the same engagement's matrix; records are immutable once read.
const CACHE = new WeakMap<Engagement, Traceability>();

/**
 * Builds the matrix in one pass over each source (requirement mentions in the solution's customer-visible
 * prose — the id index's own reading, `proseSitesOf` — pricing lines, deviation rows, control parameters,
 * people and clauses), joining through maps from id to row: linear in the engagement's size.
 */
export function traceability(e: Engagement): Traceability {
  const hit = CACHE.get(e);
  if (hit) return hit;
  const out = buildTraceability(e);
  CACHE.set(e, out);
  return out;
}

function buildTraceability(e: Engagement): Traceability {
  const byId = new Map<string, RequirementTrace>();
  const requirements: RequirementTrace[] = [];
  for (const r of e.requirements) {
    if (!r.id || byId.has(r.id)) continue;
    const t: RequirementTrace = {
      requirement: r, id: r.id, title: r.title, kano: r.kano, status: r.status, at: lazyWhere(r.at, 'id', {}),
      answered: [], priced: [], deviations: [], controls: [], sources: [],
    };
    byId.set(r.id, t);
    requirements.push(t);
  }

  const solutions = e.deliverables.filter((d) => d.kind === 'solution');
  const known = knownRequirements(e);
  for (const d of solutions) {
    const heading = headingAbove(d.headings);
    for (const site of proseSitesOf(d.file, known)) {
      const t = byId.get(site.id);
      if (!t) continue;
      const line = site.range.start.line;
      // One entry per line: a sentence naming an id twice answers it once.
      const last = t.answered[t.answered.length - 1];
      if (last && last.file === site.file && last.range.start.line === line) continue;
      t.answered.push({ file: site.file, range: d.file.lines.lineRange(line), heading: heading(line) });
    }
  }

  const untracedLines: PricingLine[] = [];
  for (const doc of e.pricing) {
    for (const l of doc.lines) {
      if (l.req.length === 0) untracedLines.push(l);
      for (const t of tracesOf(byId, l.req)) t.priced.push(lazyWhere(l.at, [], { line: l, item: l.item, amount: linePrice(l), optional: l.optional }));
    }
  }
  for (const row of e.deviations) {
    for (const t of tracesOf(byId, row.req)) t.deviations.push(lazyWhere(row.at, [], { row, ref: refTextOf(row), mark: row.mark, deviation: row.deviation, part: row.part }));
  }
  for (const c of e.controls) {
    for (const t of tracesOf(byId, c.req)) t.controls.push(lazyWhere(c.at, [], { control: c, parameter: c.parameter, mark: c.mark }));
  }

  const people = new Map<string, Person>();
  for (const p of e.people) if (p.id && !people.has(p.id)) people.set(p.id, p);
  for (const t of requirements) {
    for (const s of t.requirement.source) {
      const person = people.get(s.id);
      const concerns = (person?.concerns ?? []).filter((c): c is ConcernId => c !== undefined);
      t.sources.push(lazyWhere(s.at, [], { id: s.id, person, personAt: person && lazyWhere(person.at, 'id', {}), concerns }));
    }
  }

  return { requirements, clauses: clauseTraces(e), untracedLines, hasSolution: solutions.length > 0 };
}

/**
 * `{ ...where(at, field), ...rest }` with the range found on first read: most traced places are never
 * reported or shown, and finding a node's range is most of the matrix's cost. The range stays an own
 * enumerable property in the same key order, so spreading, JSON and structured clone see it as before.
 */
function lazyWhere<T extends object>(at: Source, field: YamlPath | string, rest: T): Where & T {
  const out = { file: at.file.path, range: undefined as unknown as Range, ...rest };
  Object.defineProperty(out, 'range', {
    enumerable: true,
    configurable: true,
    get(): Range {
      const range = where(at, field).range;
      Object.defineProperty(out, 'range', { value: range, enumerable: true, writable: true, configurable: true });
      return range;
    },
  });
  return out;
}

/** The traces a `req` list names, each once (a row citing REQ-1 twice is one citation). */
function tracesOf(byId: ReadonlyMap<string, RequirementTrace>, refs: readonly { id: string }[]): RequirementTrace[] {
  const out: RequirementTrace[] = [];
  for (const ref of refs) {
    const t = byId.get(ref.id);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/**
 * The nearest heading above a line, for lines asked in ascending order (prose sites are in text order),
 * so the walk over the headings is linear; an out-of-order line restarts it.
 */
function headingAbove(headings: readonly Heading[]): (line: number) => string {
  let i = -1;
  let lastLine = -1;
  return (line) => {
    if (line < lastLine) i = -1;
    lastLine = line;
    while (i + 1 < headings.length && headings[i + 1].line < line) i++;
    return i >= 0 ? headings[i].text : '';
  };
}

function clauseTraces(e: Engagement): ClauseTrace[] {
  const rows = new Map<string, (Where & { row: DeviationRow })[]>();
  for (const row of e.deviations) {
    const k = refKeyOf(row);
    if (k === undefined) continue;
    const list = rows.get(k) ?? [];
    list.push(lazyWhere(row.at, [], { row }));
    rows.set(k, list);
  }
  const out: ClauseTrace[] = [];
  const seen = new Set<string>();
  for (const t of e.tenders) {
    for (const c of t.clauses) {
      const k = refKeyOf(c);
      if (k === undefined || seen.has(k)) continue;
      seen.add(k);
      out.push({ clause: c, ref: refTextOf(c) ?? k, mark: c.mark, at: lazyWhere(c.at, 'ref', {}), rows: rows.get(k) ?? [] });
    }
  }
  return out;
}
