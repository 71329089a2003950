import { isMap, isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';
import { lineBreakOf, type EditPlan, type OffsetEdit } from './textEdit';
import { afterColon, blockItemLines, columnOf, endOfNodeLine, flowItem, pairOf, parseForEdit } from './yamlLayout';

/** Indents of a new list written by us: `  - id: x` / `    name: y` (the templates' style). */
const NEW_DASH = 2;
const NEW_KEY = 4;

/**
 * Appends `item` to the top-level list `listKey` (`people`, `items`, `lines`) without touching any other
 * byte: after the last item of a block list (in its indentation), inside a flow list, or as a new block
 * list when the key is absent, empty (`people:`) or `[]`. Comments stay where they are.
 */
export function appendListItem(text: string, listKey: string, item: Record<string, unknown>): EditPlan {
  const parsed = parseForEdit(text);
  if (!parsed.ok) return parsed;
  const eol = lineBreakOf(text);
  const pair = pairOf(parsed.root, listKey);
  const value = pair?.value as Node | null | undefined;
  if (!pair) {
    const lead = text.length === 0 || /[\r\n]$/.test(text) ? '' : eol;
    const body = [`${listKey}:`, ...blockItemLines(item, NEW_DASH, NEW_KEY)].join(eol);
    return { ok: true, edits: [{ start: text.length, end: text.length, newText: `${lead}${body}${eol}` }] };
  }
  const lines = (dash: number, key: number) => eol + blockItemLines(item, dash, key).join(eol);
  if (value === null || value === undefined || (isScalar(value) && (value.value === null || value.value === undefined))) {
    // `people:`, `people: ~`, `people: null # note`: the block items follow the key's line.
    const colon = afterColon(text, pair);
    return { ok: true, edits: [replaceToLineEnd(text, colon, value?.range ? Math.max(colon, value.range[1]) : colon, lines(NEW_DASH, NEW_KEY))] };
  }
  if (!isSeq(value) || !value.range) return { ok: false, reason: 'not-a-list' };
  const seq = value as YAMLSeq;
  const [start, end] = seq.range!;
  if (seq.flow) {
    if (seq.items.length > 0) {
      const close = text.lastIndexOf(']', end);
      return { ok: true, edits: [{ start: close, end: close, newText: `, ${flowItem(item)}` }] };
    }
    // `people: [] # note` → `people: # note` + block items.
    return { ok: true, edits: [replaceToLineEnd(text, afterColon(text, pair), end, lines(NEW_DASH, NEW_KEY))] };
  }
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  const first = seq.items[0] as Node | undefined;
  const dash = columnOf(text, start);
  const keyCol = first && isMap(first) && first.range && !first.flow ? columnOf(text, first.range[0]) : dash + 2;
  const at = endOfNodeLine(text, last?.range ? last.range[1] : end);
  return { ok: true, edits: [{ start: at, end: at, newText: lines(dash, keyCol) }] };
}

/**
 * One edit from just after the key's colon to the end of its line: drops the value `[start, valueEnd)`
 * (`[]`, `~`), keeps what followed it on the line (a comment, rewritten as it was) and adds `block` after.
 */
function replaceToLineEnd(text: string, colon: number, valueEnd: number, block: string): OffsetEdit {
  const lineEnd = endOfNodeLine(text, valueEnd);
  const rest = lineEnd > valueEnd ? text.slice(valueEnd, lineEnd).replace(/^\s*/, (s) => (s ? ' ' : '')) : '';
  return { start: colon, end: Math.max(colon, lineEnd), newText: rest + block };
}
