/** Terminal text layout for CJK and Latin mixed text (a CJK character takes two columns). */

const WIDE = '\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6';
const WIDE_CHAR = new RegExp(`[${WIDE}]|[\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]`, 'u');
/** Whitespace runs, runs of narrow characters (Latin words), or one wide character (CJK breaks anywhere). */
const TOKENS = new RegExp(`\\s+|[^\\s${WIDE}\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]+|\\S`, 'gu');

/** Columns a string takes in a terminal. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE_CHAR.test(ch) ? 2 : 1;
  return w;
}

/** Splits text into breakable tokens: words, single CJK characters and whitespace. */
export function tokenize(text: string): string[] {
  return text.match(TOKENS) ?? [];
}

/**
 * Greedy fill of tokens into lines of at most `width` columns; whitespace tokens at a break are dropped.
 * A token wider than a line gets a line of its own.
 */
export function fill(tokens: string[], width: number, first: string, rest: string = first): string[] {
  const lines: string[] = [];
  let line = first;
  let used = displayWidth(first);
  let pending = '';
  let empty = true;
  for (const t of tokens) {
    if (/^\s+$/.test(t)) {
      if (!empty) pending = t;
      continue;
    }
    const w = displayWidth(pending) + displayWidth(t);
    if (!empty && used + w > width) {
      lines.push(line);
      line = rest + t;
      used = displayWidth(rest) + displayWidth(t);
    } else {
      line += pending + t;
      used += w;
    }
    pending = '';
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** Wraps prose at `width` with a first-line and a continuation prefix. */
export function wrap(text: string, width: number, first: string, rest: string = first): string[] {
  return fill(tokenize(text), width, first, rest);
}
