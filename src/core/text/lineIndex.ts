import type { Position, Range } from '../types';

/** Converts string offsets to line/character positions with a binary search over line starts. */
export class LineIndex {
  private lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  /** Line starts, computed on first use: most files never need a position (they have no findings). */
  private get starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    // Lone CR line breaks are rare; only then take the slow path.
    if (text.includes('\r') && /\r(?!\n)/.test(text)) {
      starts.length = 1;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
    }
    return (this.lineStarts = starts);
  }

  /** Number of lines (a trailing newline opens an empty last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Position of an offset, clamped into the text. */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  /** Offset of the first character of a line (clamped). */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End offset of a line, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    while (end > this.lineStart(line) && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return end;
  }

  /** Range between two offsets. */
  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  /** Range covering one whole line's text. */
  lineRange(line: number): Range {
    return this.rangeOf(this.lineStart(line), this.lineEnd(line));
  }
}
