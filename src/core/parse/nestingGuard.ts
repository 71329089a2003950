/**
 * How deep YAML may nest before we refuse to parse it. The `yaml` library recurses once per level: ~800
 * levels overflow the stack, and after such an overflow V8 can abort the whole process on the next deep
 * document ("RegExpCompiler Allocation failed") — a crafted file must not take down the CLI or the
 * extension host. Real documents nest a handful of levels.
 */
export const MAX_NESTING = 256;

const OPENERS_AFTER = new Set([':', '-', '?', '[', '{', ',']);

/**
 * Offset of the first character past `MAX_NESTING` levels, or -1. Depth is estimated per line as its
 * indentation plus its compact indicators (`- - - x`) plus open flow collections (`[[{`); quoted scalars
 * and comments are skipped. Overestimates are harmless (the limit is far above real documents).
 */
export function nestingTooDeep(text: string): number {
  let flow = 0;
  let lineStart = true;
  let prefix = 0;
  let prev = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      lineStart = true;
      prefix = 0;
      prev = '';
      continue;
    }
    if (lineStart) {
      if (c === ' ' || c === '\t' || ((c === '-' || c === '?' || c === ':') && (text[i + 1] === ' ' || text[i + 1] === '\t'))) {
        if (++prefix + flow > MAX_NESTING) return i;
        continue;
      }
      lineStart = false;
    }
    // A quote opens a scalar only where a value starts (an apostrophe inside plain text does not).
    if ((c === '"' || c === "'") && (prev === '' || OPENERS_AFTER.has(prev))) {
      i = skipQuoted(text, i, c);
      prev = c;
      continue;
    }
    if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      while (i + 1 < text.length && text[i + 1] !== '\n' && text[i + 1] !== '\r') i++;
      continue;
    }
    if (c === '[' || c === '{') {
      // Inside block plain text (`a [b`) a bracket is just a character; inside a flow collection it nests.
      if (flow === 0 && prev !== '' && !OPENERS_AFTER.has(prev)) continue;
      if (prefix + ++flow > MAX_NESTING) return i;
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
    if (c !== ' ' && c !== '\t') prev = c;
  }
  return -1;
}

/** Index of the closing quote (or the last index); `''` escapes in single quotes, `\` in double. */
function skipQuoted(text: string, open: number, q: string): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (q === '"' && c === '\\') i++;
    else if (c === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length - 1;
}
