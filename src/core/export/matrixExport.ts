import { filesOfKind, type Engagement } from '../model/engagement';
import { dirName } from '../workspace';
import { plainText, text, type Block, type Cell, type ExportDocument } from './exportDocument';
import { exportLabels } from './exportLabels';
import { exportMeta } from './exportMeta';
import { resolveImagePath } from './imagePath';
import { markdownBlocks } from './markdownBlocks';
import { pricingSummary } from './pricingRows';
import { blocksWithHeadings } from './solutionExport';

/**
 * A simple compliance matrix: each requirement with the solution sections whose customer-visible text names
 * its id, the pricing lines whose `req` lists it and the deviation rows whose `req` cites it. One pass over
 * each source with a map from id to row, so the cost is linear in the engagement's size.
 * (The traceability model of issue #14 item 1 will replace this reading when it lands.)
 */
export function matrixExport(e: Engagement): ExportDocument {
  const l = exportLabels(e.language);
  const rows = new Map<string, { answered: Set<string>; priced: string[]; deviations: string[] }>();
  for (const r of e.requirements) if (r.id && !rows.has(r.id)) rows.set(r.id, { answered: new Set(), priced: [], deviations: [] });
  for (const file of filesOfKind(e, 'solution')) {
    const blocks = markdownBlocks(file.text, (src) => resolveImagePath(e.root, dirName(file.path), src));
    for (const { heading, block } of blocksWithHeadings(blocks)) {
      if (block.type === 'heading') continue; // a heading names a topic, it does not answer it
      for (const word of blockText(block).match(/[A-Za-z0-9_-]+/g) ?? []) rows.get(word)?.answered.add(heading || file.path);
    }
  }
  for (const line of pricingSummary(e)?.lines ?? []) for (const id of line.req) rows.get(id)?.priced.push(line.item);
  for (const d of e.deviations) for (const ref of d.req) rows.get(ref.id)?.deviations.push(`${d.mark ?? ''}${d.ref ?? ''}`);
  const list = (xs: Iterable<string>): Cell => text([...xs].join('；') || l.nothing);
  const body: Cell[][] = [];
  for (const r of e.requirements) {
    const row = r.id ? rows.get(r.id) : undefined;
    if (!r.id || !row) continue;
    rows.delete(r.id); // a duplicated id is listed once
    body.push([text(r.id), text(r.title ?? ''), text(r.kano ? l.kano[r.kano] : ''), text(r.status ? l.status[r.status] : ''), list(row.answered), list(row.priced), list(row.deviations)]);
  }
  return {
    title: l.matrixTitle,
    language: e.language,
    meta: exportMeta(e, l),
    blocks: [{ type: 'table', header: l.matrixColumns.map((c) => text(c)), rows: body, widths: [10, 22, 9, 9, 20, 18, 12] }],
  };
}

function blockText(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return plainText(b.content);
    case 'list':
      return b.items.map((item) => item.map(blockText).join(' ')).join(' ');
    case 'table':
      return [b.header, ...b.rows].map((row) => row.map(plainText).join(' ')).join(' ');
    default:
      return ''; // headings, code and images are not answers
  }
}
