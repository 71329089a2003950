import type { Traceability } from '../core';

/** A place as `presales trace` prints it: engagement-relative file, 1-based line. */
export interface TracePlaceJson {
  file: string;
  line: number;
}

/** The JSON of `presales trace` (the public shape of issue #14). */
export interface TraceJson {
  requirements: {
    id: string;
    title: string | null;
    kano: string | null;
    status: string | null;
    /** The first `source` stakeholder id. */
    source: string | null;
    answered: (TracePlaceJson & { heading: string })[];
    priced: (TracePlaceJson & { item: string | null; amount: number | null })[];
    deviations: (TracePlaceJson & { ref: string | null; mark: string | null; deviation: string | null })[];
  }[];
  clauses: { ref: string; mark: string | null; rows: TracePlaceJson[] }[];
}

const place = (w: { file: string; range: { start: { line: number } } }): TracePlaceJson => ({ file: w.file, line: w.range.start.line + 1 });

/** The matrix as plain data (lines 1-based; absent values are null so every key is always there). */
export function traceJson(t: Traceability): TraceJson {
  return {
    requirements: t.requirements.map((r) => ({
      id: r.id,
      title: r.title ?? null,
      kano: r.kano ?? null,
      status: r.status ?? null,
      source: r.sources[0]?.id ?? null,
      answered: r.answered.map((a) => ({ ...place(a), heading: a.heading })),
      priced: r.priced.map((p) => ({ ...place(p), item: p.item ?? null, amount: p.amount ?? null })),
      deviations: r.deviations.map((d) => ({ ...place(d), ref: d.ref ?? null, mark: d.mark ?? null, deviation: d.deviation ?? null })),
    })),
    clauses: t.clauses.map((c) => ({ ref: c.ref, mark: c.mark ?? null, rows: c.rows.map(place) })),
  };
}
