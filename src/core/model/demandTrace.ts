import { DEMAND_SYNONYMS } from '../method/demandSynonyms';

/** A requirement as far as tracing needs it. */
export interface TraceTarget {
  id?: string;
  title?: string;
}

/** Every variant of DEMAND_SYNONYMS → its row's spelling; English variants only as whole words. */
const CANONICAL = new Map(DEMAND_SYNONYMS.flatMap(([to, ...variants]) => variants.map((v) => [v, to] as const)));
// Longest first, so 不排长队 is read before 排长队 (an alternation takes its first match at a place).
const VARIANTS = new RegExp(
  [...CANONICAL.keys()]
    .sort((a, b) => b.length - a.length)
    .map((v) => (/^[a-z ]+$/.test(v) ? `\\b${v}\\b` : v))
    .join('|'),
  'gu',
);

/** The text with every synonym written as its row's spelling (method/demandSynonyms.ts). */
export function canonicalDemandText(text: string): string {
  return text.replace(VARIANTS, (v) => CANONICAL.get(v) ?? v);
}

/** English words that carry no meaning of their own in a demand. */
const STOP = new Set(
  'the and for with from into onto that this than then them they their our your its are was were will shall can could should would must not without within across all any each every one two per via instead more less of in on at to by as or an a be is it we us'.split(' '),
);

/**
 * The units two texts are compared by: CJK character pairs (bigrams) of each CJK run, and English
 * content words (three letters or more, not a stop word, plural `s` dropped). Digits are left out:
 * a year or a count is not what a demand is about.
 */
export function traceUnits(text: string): Set<string> {
  const out = new Set<string>();
  const t = canonicalDemandText(text.normalize('NFKC').toLowerCase());
  for (const run of t.match(/[\u3400-\u9fff\uf900-\ufaff]+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  }
  for (const w of t.match(/[a-z][a-z-]{2,}/g) ?? []) {
    if (STOP.has(w)) continue;
    out.add(w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}

/** Shared units that make a requirement the follow-up of a demand (docs/rules.md `demand-untraced`). */
export const TRACE_MIN_SHARED = 2;

/**
 * The requirements a key demand (客户关键诉求) was followed into: those its text names by id (`… (REQ-003)`),
 * and those whose title shares at least two units with it (CJK bigrams or English content words) — "门诊一站式
 * 服务" is traced by "门诊挂号、缴费一站式办理", "one view of stock across three warehouses" by "real-time stock
 * visibility across the three warehouses". A one-unit demand needs its one unit.
 */
export function traceDemand(demand: string, requirements: readonly TraceTarget[]): string[] {
  return demandTracer(requirements)(demand);
}

/**
 * `traceDemand` for many demands against one requirement list: the titles are cut into units once, then each
 * demand costs O(requirements × its units) — linear in the requirements for the handful of demands a form holds.
 */
export function demandTracer(requirements: readonly TraceTarget[]): (demand: string) => string[] {
  const targets = requirements.flatMap((r) => {
    const id = r.id?.trim();
    return id ? [{ id, upper: id.toUpperCase(), units: r.title ? traceUnits(r.title) : new Set<string>() }] : [];
  });
  return (demand) => {
    const upper = demand.normalize('NFKC').toUpperCase();
    const units = [...traceUnits(demand)];
    const need = Math.min(TRACE_MIN_SHARED, units.length);
    return targets.filter((t) => named(upper, t.upper) || (need > 0 && units.filter((u) => t.units.has(u)).length >= need)).map((t) => t.id);
  };
}

/** The id stands as a word in the text (REQ-1 is not inside REQ-10). */
function named(text: string, id: string): boolean {
  let at = text.indexOf(id);
  while (at >= 0) {
    const before = text[at - 1];
    const after = text[at + id.length];
    if ((before === undefined || !/[A-Z0-9-]/.test(before)) && (after === undefined || !/[A-Z0-9]/.test(after))) return true;
    at = text.indexOf(id, at + 1);
  }
  return false;
}

