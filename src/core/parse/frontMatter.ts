/** Where a Markdown file's YAML front matter is, as offsets into the file. */
export interface FrontMatterSlice {
  /** Offset of the first YAML character (after the opening `---` line). */
  start: number;
  /** Offset just past the YAML (at the closing `---`). */
  end: number;
  /** Offset where the Markdown body starts. */
  bodyStart: number;
  /** Zero-based line where the body starts. */
  bodyLine: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Finds front matter: `---` on the first line, closed by `---` or `...` on a line of its own.
 * Returns `undefined` when there is none and `'unclosed'` when the opening fence is never closed.
 */
export function findFrontMatter(text: string): FrontMatterSlice | 'unclosed' | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  let offset = open[0].length;
  let line = 1;
  while (offset <= text.length) {
    const nl = text.indexOf('\n', offset);
    const lineEnd = nl === -1 ? text.length : nl;
    const content = text.slice(offset, lineEnd).replace(/\r$/, '');
    if (CLOSE.test(content)) {
      const bodyStart = nl === -1 ? text.length : nl + 1;
      return { start: open[0].length, end: offset, bodyStart, bodyLine: line + 1 };
    }
    if (nl === -1) break;
    offset = nl + 1;
    line++;
  }
  return 'unclosed';
}
