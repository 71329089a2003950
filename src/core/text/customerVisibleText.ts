/** One line of a Markdown document that the customer would read, with its zero-based line in the file. */
export interface VisibleLine {
  line: number;
  text: string;
}

// Sticky forms, tried at a line's start inside the whole text: no line is sliced just to test its start.
// `\s` and `$` see the line break (or the text's end) where the line-only forms saw the end of the line.
const FENCE = / {0,3}(`{3,}|~{3,})/y;
const HEADING = / {0,3}#{1,6}(?:\s|$)/y;
const HEADING_TEXT = /^ {0,3}#{1,6}(?:\s|$)/;
/** Only white space (what `trim()` removes) up to the line break or the end. */
const BLANK_REST = /[^\S\r\n]*(?:[\r\n]|$)/y;
const COMMENT_OPEN = '<!--';
const COMMENT_CLOSE = '-->';

/**
 * Walks the customer-visible lines of a Markdown body in order, without splitting it: HTML comments, fenced
 * code and headings are left out (a heading names a topic, it does not answer it), blank lines dropped, lines
 * break at `\r\n`, `\r` or `\n`. After `next()` returns true, `line` is the file line, `start`/`end` the raw
 * line's offsets in `text`, and `plain` says the visible text is exactly that raw slice (no comment touches
 * the line); `text()` gives the visible text either way. One pass: each character is looked at a bounded
 * number of times, so a caller that stops early pays only for the lines it read.
 */
export class VisibleLineCursor {
  line = -1;
  start = 0;
  end = 0;
  plain = true;
  private pos: number;
  private lineNo: number;
  private fence: string | undefined;
  private inComment = false;
  private visible = '';
  // Next occurrence at or after `pos` of each break and of a comment opener (-1: none left); found once each.
  private nextLf = -2;
  private nextCr = -2;
  private nextComment = -2;

  /** `start` is the body's offset in `text` (after front matter), `firstLine` its zero-based file line. */
  constructor(
    private readonly source: string,
    start = 0,
    firstLine = 0,
  ) {
    this.pos = start;
    this.lineNo = firstLine;
  }

  /** Moves to the next visible line; false when the body has no more. */
  next(): boolean {
    const s = this.source;
    // A last empty line (after a final break) is blank: it can change no state, so it is not visited.
    while (this.pos < s.length) {
      const start = this.pos;
      const end = this.breakAfter(start);
      const lineNo = this.lineNo;
      this.pos = end + (s.charCodeAt(end) === 13 && s.charCodeAt(end + 1) === 10 ? 2 : 1);
      this.lineNo++;
      // The first unit after up to three spaces decides whether a fence or heading regex is worth trying.
      let lead = start;
      while (lead < start + 3 && s.charCodeAt(lead) === 32) lead++;
      const first = s.charCodeAt(lead);
      const mayFence = first === 96 || first === 126;
      if (this.fence !== undefined) {
        if (!mayFence) continue;
        FENCE.lastIndex = start;
        const m = FENCE.exec(s);
        if (m && m[1][0] === this.fence[0] && m[1].length >= this.fence.length && this.blankFrom(start + m[0].length)) this.fence = undefined;
        continue;
      }
      if (!this.inComment && mayFence) {
        FENCE.lastIndex = start;
        const m = FENCE.exec(s);
        if (m) {
          this.fence = m[1];
          continue;
        }
      }
      if (this.inComment || this.commentAt(start) < end) {
        const text = this.stripComments(s.slice(start, end));
        if (text.trim() === '' || HEADING_TEXT.test(text)) continue;
        return this.at(lineNo, start, end, false, text);
      }
      // A printable ASCII unit there is neither white space nor a line break: the line is not blank.
      if (!(first > 32 && first < 127) && this.blankFrom(start)) continue;
      if (first === 35) {
        HEADING.lastIndex = start;
        if (HEADING.test(s)) continue;
      }
      return this.at(lineNo, start, end, true, '');
    }
    return false;
  }

  /** The visible text of the current line (the raw slice when `plain`, comments blanked otherwise). */
  text(): string {
    return this.plain ? this.source.slice(this.start, this.end) : this.visible;
  }

  private at(lineNo: number, start: number, end: number, plain: boolean, visible: string): true {
    this.line = lineNo;
    this.start = start;
    this.end = end;
    this.plain = plain;
    this.visible = visible;
    return true;
  }

  private blankFrom(offset: number): boolean {
    BLANK_REST.lastIndex = offset;
    return BLANK_REST.test(this.source);
  }

  /** The offset of the first line break at or after `from`, or the text's length. */
  private breakAfter(from: number): number {
    if (this.nextLf !== -1 && this.nextLf < from) this.nextLf = this.source.indexOf('\n', from);
    if (this.nextCr !== -1 && this.nextCr < from) this.nextCr = this.source.indexOf('\r', from);
    const lf = this.nextLf === -1 ? this.source.length : this.nextLf;
    const cr = this.nextCr === -1 ? this.source.length : this.nextCr;
    return Math.min(lf, cr);
  }

  private commentAt(from: number): number {
    if (this.nextComment !== -1 && this.nextComment < from) this.nextComment = this.source.indexOf(COMMENT_OPEN, from);
    return this.nextComment === -1 ? this.source.length : this.nextComment;
  }

  /** The line with every comment part replaced by one space; carries an open comment to the next line. */
  private stripComments(raw: string): string {
    let text = '';
    let pos = 0;
    while (pos < raw.length) {
      if (this.inComment) {
        const end = raw.indexOf(COMMENT_CLOSE, pos);
        if (end < 0) break;
        this.inComment = false;
        pos = end + 3;
        continue;
      }
      const start = raw.indexOf(COMMENT_OPEN, pos);
      if (start < 0) {
        text += raw.slice(pos);
        break;
      }
      text += raw.slice(pos, start) + ' ';
      this.inComment = true;
      pos = start + 4;
    }
    return text;
  }
}

/**
 * The prose lines of a Markdown body as the customer reads them (see `VisibleLineCursor`). `bodyLine` is the
 * body's first line in the file, so front matter never counts and lines keep their file numbers. One pass.
 */
export function customerVisibleLines(body: string, bodyLine = 0): VisibleLine[] {
  const out: VisibleLine[] = [];
  const cursor = new VisibleLineCursor(body, 0, bodyLine);
  while (cursor.next()) out.push({ line: cursor.line, text: cursor.text() });
  return out;
}
