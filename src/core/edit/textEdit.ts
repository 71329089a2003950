import { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';

/** A replacement of `[start, end)` (string offsets) by `newText`. Insertions have `start === end`. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** The same edit with 0-based line/character positions, as an editor applies it. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** The outcome of planning an edit: the edits, or why the file cannot be edited safely. */
export type EditPlan = { ok: true; edits: OffsetEdit[] } | { ok: false; reason: EditRefusal };

/**
 * Why an edit was refused (commands turn these into messages; nothing is written). `aliased`: the value
 * to change carries an anchor (`&s`) that an alias (`*s`) repeats elsewhere, so the edit would change that
 * place too. `unsafe-edit`: the edited text did not re-parse as exactly the intended change.
 */
export type EditRefusal = 'yaml-syntax' | 'not-a-map' | 'not-a-list' | 'not-an-item' | 'no-front-matter' | 'aliased' | 'unsafe-edit';

/** Applies non-overlapping edits to a text (tests and previews; editors apply `TextEdit`s themselves). */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Converts offset edits into line/character edits against the text they were computed on. */
export function toTextEdits(text: string, edits: readonly OffsetEdit[]): TextEdit[] {
  const lines = new LineIndex(text);
  return edits.map((e) => ({ range: lines.rangeOf(e.start, e.end), newText: e.newText }));
}

/** The line break a text already uses (CRLF when its first break is CRLF). */
export function lineBreakOf(text: string): string {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** Offset just past the end of the line that contains `offset` (before its line break). */
export function endOfLine(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Offset of the start of the line that contains `offset`. */
export function startOfLine(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}
