import type { Engagement } from '../model/engagement';
import type { DeviationRow } from '../model/records';
import { text, type Block, type Cell, type ExportDocument } from './exportDocument';
import { exportLabels, type ExportLabels } from './exportLabels';
import { exportMeta } from './exportMeta';

const PARTS = ['technical', 'commercial', 'other'] as const;

/**
 * The deviation table (偏离表) as the evaluation committee reads it: one table per part (technical, then
 * commercial, then tables with no `part`), rows numbered from 1 in file order, ★/▲ kept before the clause.
 */
export function deviationTableExport(e: Engagement): ExportDocument {
  const l = exportLabels(e.language);
  const byPart = new Map<(typeof PARTS)[number], Cell[][]>();
  for (const r of e.deviations) {
    const part = r.part ?? 'other';
    const rows = byPart.get(part) ?? [];
    byPart.set(part, rows);
    rows.push(row(rows.length + 1, r, l));
  }
  const blocks: Block[] = [];
  for (const part of PARTS) {
    const rows = byPart.get(part);
    if (!rows) continue;
    blocks.push({ type: 'heading', level: 2, content: text(part === 'technical' ? l.technicalPart : part === 'commercial' ? l.commercialPart : l.otherPart) });
    blocks.push({ type: 'table', header: l.deviationColumns.map((c) => text(c)), rows, align: ['center', 'left', 'left', 'left', 'center', 'left'], widths: [7, 11, 25, 26, 12, 19] });
  }
  blocks.push({ type: 'paragraph', content: text(l.markNote, { italic: true }) });
  return { title: l.deviationTitle, language: e.language, meta: exportMeta(e, l), blocks };
}

function row(n: number, r: DeviationRow, l: ExportLabels): Cell[] {
  const ref = r.ref ?? '';
  return [
    text(String(n)),
    r.mark ? [{ text: r.mark, bold: true }, ...text(ref)] : text(ref),
    text(r.requirement ?? ''),
    text(r.response?.trim() ?? ''),
    text(r.deviation ? l.deviation[r.deviation] : '', r.deviation === 'negative' ? { bold: true } : {}),
    text(r.evidence.join('；')),
  ];
}
