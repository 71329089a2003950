import { csvRows } from './csvText';
import type { TraceJson } from './traceJson';

const HEADER = ['id', 'title', 'kano', 'status', 'source', 'answered', 'priced', 'deviations'];

/**
 * The matrix as CSV: a header row, then one row per requirement; a cell lists its places as `file:line`
 * (with the heading, item or clause ref after a space), separated by `; `. Clauses are in the JSON and text forms.
 */
export function traceCsv(t: TraceJson): string {
  const rows = t.requirements.map((r) => [
    r.id,
    r.title,
    r.kano,
    r.status,
    r.source,
    r.answered.map((a) => `${a.file}:${a.line}${a.heading ? ` ${a.heading}` : ''}`).join('; '),
    r.priced.map((p) => `${p.file}:${p.line}${p.item ? ` ${p.item}` : ''}${p.amount !== null ? ` (${p.amount})` : ''}`).join('; '),
    r.deviations.map((d) => `${d.file}:${d.line} ${d.mark ?? ''}${d.ref ?? ''}${d.deviation ? ` ${d.deviation}` : ''}`.trimEnd()).join('; '),
  ]);
  return csvRows([HEADER, ...rows]);
}
