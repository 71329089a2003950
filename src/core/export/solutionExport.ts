import { filesOfKind, type Engagement } from '../model/engagement';
import { dirName } from '../workspace';
import { plainText, type Block, type ExportDocument } from './exportDocument';
import { exportLabels } from './exportLabels';
import { exportMeta } from './exportMeta';
import { resolveImagePath } from './imagePath';
import { markdownBlocks } from './markdownBlocks';

/**
 * The solution document (解决方案) as the customer reads it: every `kind: solution` file in path order, front
 * matter and HTML comments dropped, images resolved against the file's folder. A leading `# title` becomes
 * the document title.
 */
export function solutionExport(e: Engagement): ExportDocument {
  const l = exportLabels(e.language);
  const blocks: Block[] = [];
  for (const file of filesOfKind(e, 'solution')) {
    blocks.push(...markdownBlocks(file.text, (src) => resolveImagePath(e.root, dirName(file.path), src)));
  }
  const first = blocks[0];
  let title = l.solutionTitle;
  if (first?.type === 'heading' && first.level === 1) {
    title = plainText(first.content) || title;
    blocks.shift();
  }
  return { title, language: e.language, meta: exportMeta(e, l), blocks };
}

/** Each block of a solution with the heading it stands under (for the compliance matrix). */
export function blocksWithHeadings(blocks: readonly Block[]): { heading: string; block: Block }[] {
  const out: { heading: string; block: Block }[] = [];
  let heading = '';
  for (const block of blocks) {
    if (block.type === 'heading') heading = plainText(block.content);
    out.push({ heading, block });
  }
  return out;
}
