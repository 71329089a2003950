import { CST, Lexer } from 'yaml';

/**
 * How deep YAML may nest before we refuse to parse it. The `yaml` library's composer recurses once per
 * level: ~800 levels overflow the stack, and after such an overflow V8 can abort the whole process on the
 * next deep document ("RegExpCompiler Allocation failed") — a crafted file must not take down the CLI or
 * the extension host. Real documents nest a handful of levels; 128 leaves the parser most of the stack
 * even when it is called deep inside a host (test/unit/parse/deepStack.test.ts).
 */
export const MAX_NESTING = 128;

/** Lexer markers that stand for no source text (every other token is a slice of the source). */
const MARKERS = new Set<string>([CST.DOCUMENT, CST.SCALAR, CST.FLOW_END]);
const INDICATORS = new Set(['seq-item-ind', 'explicit-key-ind', 'map-value-ind']);

/**
 * Offset of the first character past `MAX_NESTING` levels, or -1. Runs the `yaml` library's own lexer
 * (iterative, streaming: nothing is kept), so quotes, comments, block scalars, anchors and tags are
 * tokenized exactly as the parser will see them — no bracket hides behind `&a`, `!t`, `"[" ` or `# [`.
 * A line's depth is its indentation, plus its leading `- ? :` indicators (`- - - x`), plus the open flow
 * collections; this overestimates harmlessly, the limit being far above real documents.
 */
export function nestingTooDeep(text: string): number {
  if (depthBound(text) <= MAX_NESTING) return -1;
  let offset = 0;
  let flow = 0;
  let block = 0;
  let indicators = 0;
  let lineStart = true;
  for (const token of new Lexer().lex(text)) {
    const start = offset;
    if (!MARKERS.has(token)) offset += token.length;
    const type = CST.tokenType(token);
    if (type === 'newline') {
      lineStart = true;
      block = 0;
      indicators = 0;
      continue;
    }
    if (lineStart && (type === 'space' || (type !== null && INDICATORS.has(type)))) {
      // Indentation counts by columns; the spaces after an indicator (`- - x`) do not add a level.
      const levels = type !== 'space' ? 1 : indicators === 0 ? token.length : 0;
      if (block + levels + flow > MAX_NESTING) return start + (type === 'space' ? MAX_NESTING - block - flow : 0);
      block += levels;
      if (type !== 'space') indicators++;
      continue;
    }
    if (type !== 'space' && type !== 'doc-mode' && type !== 'byte-order-mark') lineStart = false;
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      if (block + ++flow > MAX_NESTING) return start;
    } else if ((type === 'flow-seq-end' || type === 'flow-map-end') && flow > 0) flow--;
    else if (type === 'flow-error-end' || type === 'doc-start' || type === 'doc-end') flow = 0;
  }
  return -1;
}

/**
 * An upper bound on the depth `nestingTooDeep` can find, in one cheap character pass (the lexer was a
 * tenth of a full check): every level is a leading space, tab or `- ? :` of some line, or an open `[`/`{`.
 */
function depthBound(text: string): number {
  let brackets = 0;
  let longestLead = 0;
  let lead = 0;
  let leading = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      leading = true;
      lead = 0;
      continue;
    }
    if (c === 91 || c === 123) brackets++;
    if (leading && (c === 32 || c === 9 || c === 45 || c === 63 || c === 58 || c === 0xfeff)) {
      if (++lead > longestLead) longestLead = lead;
    } else leading = false;
  }
  return longestLead + brackets;
}
