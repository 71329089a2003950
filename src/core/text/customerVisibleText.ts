/** One line of a Markdown document that the customer would read, with its zero-based line in the file. */
export interface VisibleLine {
  line: number;
  text: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;

/**
 * The prose lines of a Markdown body as the customer reads them: HTML comments, fenced code and headings
 * left out (a heading names a topic, it does not answer it), blank lines dropped. `bodyLine` is the body's
 * first line in the file, so front matter never counts and lines keep their file numbers. One pass.
 */
export function customerVisibleLines(body: string, bodyLine = 0): VisibleLine[] {
  const out: VisibleLine[] = [];
  let fence: string | undefined;
  let inComment = false;
  const lines = body.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (fence !== undefined) {
      const m = FENCE.exec(raw);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && raw.slice(m[0].length).trim() === '') fence = undefined;
      continue;
    }
    if (!inComment) {
      const m = FENCE.exec(raw);
      if (m) {
        fence = m[1];
        continue;
      }
    }
    let text = '';
    let pos = 0;
    while (pos < raw.length) {
      if (inComment) {
        const end = raw.indexOf('-->', pos);
        if (end < 0) {
          pos = raw.length;
          break;
        }
        inComment = false;
        pos = end + 3;
        continue;
      }
      const start = raw.indexOf('<!--', pos);
      if (start < 0) {
        text += raw.slice(pos);
        break;
      }
      text += raw.slice(pos, start) + ' ';
      inComment = true;
      pos = start + 4;
    }
    if (text.trim() === '' || HEADING.test(text)) continue;
    out.push({ line: bodyLine + i, text });
  }
  return out;
}
