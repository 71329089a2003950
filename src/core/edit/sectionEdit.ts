import { LineIndex } from '../text/lineIndex';
import { lineBreakOf, type OffsetEdit } from './textEdit';

/**
 * Inserts a Markdown heading (and a guidance comment under it) before line `insertLine`, or at the end
 * when the line is past the last one: what the `missing-section` finding's `data` asks for.
 */
export function insertSection(text: string, insertLine: number, heading: string, level: number, guidance?: string): OffsetEdit[] {
  const eol = lineBreakOf(text);
  const lines = new LineIndex(text);
  const hashes = '#'.repeat(Math.min(6, Math.max(1, Math.floor(level) || 2)));
  const title = heading.replace(/[\r\n]+/g, ' ').trim();
  const note = guidance ? `<!-- ${guidance.replace(/[\r\n]+/g, ' ').replace(/--+>/g, '- ->').replace(/<!--/g, '<! --')} -->${eol}${eol}` : '';
  const block = `${hashes} ${title}${eol}${eol}${note}`;
  const lastContentLine = /[\r\n]$/.test(text) ? lines.lineCount - 1 : lines.lineCount;
  if (insertLine >= 0 && insertLine < lastContentLine) {
    const at = lines.lineStart(insertLine);
    return [{ start: at, end: at, newText: block }];
  }
  const lead = text.length === 0 ? '' : /(\r?\n){2}$/.test(text) ? '' : /\r?\n$/.test(text) ? eol : eol + eol;
  return [{ start: text.length, end: text.length, newText: lead + block.replace(/(\r?\n)+$/, eol) }];
}
