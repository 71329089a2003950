import MarkdownIt from 'markdown-it';

/** A Markdown heading with the zero-based line it stands on. */
export interface Heading {
  level: number;
  text: string;
  line: number;
}

// Block parsing only: headings need no inline pass, which is most of markdown-it's time.
const md = new MarkdownIt('commonmark');
md.core.ruler.disable(['inline', 'text_join']);

/** Headings of a Markdown body; `lineOffset` is the body's first line in the file. */
export function markdownHeadings(body: string, lineOffset: number): Heading[] {
  const tokens = md.parse(body, {});
  const out: Heading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.type !== 'heading_open' || !tok.map) continue;
    const inline = tokens[i + 1];
    out.push({ level: Number(tok.tag.slice(1)), text: (inline?.content ?? '').replace(/\s+/g, ' ').trim(), line: tok.map[0] + lineOffset });
  }
  return out;
}
