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

/** Punctuation that must not begin a line (禁则: closing marks and pauses stay with what they follow). */
const NO_START = new Set([...'。，、．：；！？）」』》】〉〕〗’”…％,.;:!?)]}']);
/** Punctuation that must not end a line (opening marks stay with what they open). */
const NO_END = new Set([...'（「『《【〈〔〖‘“([{']);

/**
 * Splits text into breakable tokens: words, single CJK characters and whitespace. Line-breaking rules for
 * CJK (禁则处理) are kept by gluing: a closing mark joins the token before it, an opening mark the token after.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const t of text.match(TOKENS) ?? []) {
    const prev = out[out.length - 1];
    const glue = prev !== undefined && !/^\s/.test(t) && !/\s$/.test(prev) && (NO_START.has(firstChar(t)) || NO_END.has(lastChar(prev)));
    if (glue) out[out.length - 1] = prev + t;
    else out.push(t);
  }
  return out;
}

const firstChar = (s: string) => String.fromCodePoint(s.codePointAt(0) ?? 0);
const lastChar = (s: string) => [...s.slice(-2)].pop() ?? '';

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
