import type { Engagement } from '../model/engagement';
import { traceability } from '../model/traceability';
import { text, type Cell, type ExportDocument } from './exportDocument';
import { exportLabels } from './exportLabels';
import { exportMeta } from './exportMeta';

/**
 * The compliance matrix as a customer document: each requirement with the solution sections that answer it,
 * the pricing lines that price it and the deviation rows that cite it — read from the one traceability
 * model (model/traceability.ts) that `presales trace` and the editor's matrix panel show.
 */
export function matrixExport(e: Engagement): ExportDocument {
  const l = exportLabels(e.language);
  const list = (xs: Iterable<string>): Cell => text([...new Set(xs)].join('；') || l.nothing);
  const body: Cell[][] = traceability(e).requirements.map((r) => [
    text(r.id),
    text(r.title ?? ''),
    text(r.kano ? l.kano[r.kano] : ''),
    text(r.status ? l.status[r.status] : ''),
    list(r.answered.map((a) => a.heading || a.file)),
    list(r.priced.map((p) => p.item ?? '')),
    list(r.deviations.map((d) => `${d.mark ?? ''}${d.ref ?? ''}`)),
  ]);
  return {
    title: l.matrixTitle,
    language: e.language,
    meta: exportMeta(e, l),
    blocks: [{ type: 'table', header: l.matrixColumns.map((c) => text(c)), rows: body, widths: [10, 22, 9, 9, 20, 18, 12] }],
  };
}

