import { isScalar, isSeq, isMap, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { flowInsert } from './flowInsert';
import { lineBreakOf, type EditPlan, type OffsetEdit } from './textEdit';
import { aliasedAnchor, verifiedPlan, withValueAt } from './verifiedEdit';
import { afterColon, afterNode, blockItemLines, columnOf, endOfNodeLine, flowItem, pairOf, parseForEdit } from './yamlLayout';
import { writtenRecord, yamlScalar } from './yamlScalar';

/** Indents of a new list written by us: `  - id: x` / `    name: y` (the templates' style). */
const NEW_DASH = 2;
const NEW_KEY = 4;

/**
 * Appends `item` to the top-level list `listKey` (`people`, `items`, `lines`) without touching any other
 * byte: after the last item of a block list (in its indentation), inside a flow list (before a trailing
 * comma or comment), or as a new list when the key is absent, empty (`people: # none yet`) or `[]`.
 * Comments stay where they are. The result is re-parsed and must equal the old data plus the item
 * (`verifiedPlan`); otherwise the edit is refused and nothing is written.
 */
export function appendListItem(text: string, listKey: string, item: Record<string, unknown>): EditPlan {
  const parsed = parseForEdit(text);
  if (!parsed.ok) return parsed;
  const pair = pairOf(parsed.root, listKey);
  const value = pair?.value as Node | null | undefined;
  if (aliasedAnchor(parsed.doc, [parsed.root, value])) return { ok: false, reason: 'aliased' };
  const plan = planAppend(text, parsed.root, listKey, pair, value, item);
  return verifiedPlan(text, parsed.data, plan, (before) => {
    const old = (before as Record<string, unknown>)[listKey];
    return withValueAt(before, [listKey], [...(Array.isArray(old) ? old : []), writtenRecord(item)]);
  });
}

function planAppend(text: string, root: YAMLMap, listKey: string, pair: Pair | undefined, value: Node | null | undefined, item: Record<string, unknown>): EditPlan {
  const eol = lineBreakOf(text);
  const lines = (dash: number, key: number) => blockItemLines(item, dash, key).join(eol);
  const one = (edit: OffsetEdit | OffsetEdit[] | undefined): EditPlan => (edit ? { ok: true, edits: [edit].flat() } : { ok: false, reason: 'unsafe-edit' });
  if (!pair) {
    if (root.flow) return one(flowInsert(text, root, `${yamlScalar(listKey)}: [${flowItem(item)}]`));
    // After the last field (not at the end of the file: a `...` or `---` marker may follow the map), in the
    // top-level fields' indentation.
    if (root.items.length === 0) return { ok: false, reason: 'not-a-map' };
    const col = columnOf(text, (root.items[0].key as Node).range![0]);
    const block = `${' '.repeat(col)}${yamlScalar(listKey)}:${eol}${lines(col + NEW_DASH, col + NEW_KEY)}`;
    return one(insertAfter(text, root, block, eol));
  }
  if (value === null || value === undefined || (isScalar(value) && (value.value === null || value.value === undefined))) {
    if (root.flow) return one(replaceValue(text, pair, value, ` [${flowItem(item)}]`));
    // `people:`, `people: ~`, `people: # none yet`: the block items follow the key's line, the comment stays.
    return one(replaceToLineEnd(text, pair, value, eol + lines(NEW_DASH, NEW_KEY)));
  }
  if (!isSeq(value) || !value.range) return { ok: false, reason: 'not-a-list' };
  const seq = value as YAMLSeq;
  if (seq.flow) {
    const inner = text.slice(seq.range![0] + 1, seq.range![1] - 1);
    // `people: [] # note` → `people: # note` + block items; a `[ # comment ]` keeps its comment inside.
    if (seq.items.length === 0 && !root.flow && /^\s*$/.test(inner)) return one(replaceToLineEnd(text, pair, seq, eol + lines(NEW_DASH, NEW_KEY)));
    return one(flowInsert(text, seq, flowItem(item)));
  }
  const first = seq.items[0] as Node | undefined;
  const dash = columnOf(text, seq.range![0]);
  const keyCol = first && isMap(first) && first.range && !first.flow ? columnOf(text, first.range[0]) : dash + 2;
  return one(insertAfter(text, seq, lines(dash, keyCol), eol));
}

/** `block` (already indented) on new line(s) after `node`'s last line. */
function insertAfter(text: string, node: Node, block: string, eol: string): OffsetEdit {
  const { at, lineStart } = afterNode(text, node);
  return lineStart ? { start: at, end: at, newText: block + eol } : { start: at, end: at, newText: eol + block };
}

/** Replaces a null value (or inserts one after the colon) with `newText`. */
function replaceValue(text: string, pair: Pair, value: Node | null | undefined, newText: string): OffsetEdit {
  const colon = afterColon(text, pair);
  const [start, end] = value?.range && value.range[1] > value.range[0] ? [value.range[0], value.range[1]] : [colon, colon];
  return { start, end, newText: start === colon ? newText : newText.trimStart() };
}

/**
 * Drops an empty value (`[]`, `~`, `null`) with the spaces before it and adds `block` at the end of the
 * key's line: what else was on the line (an anchor, a comment) keeps its bytes. One edit when nothing
 * follows the value on its line, else two.
 */
function replaceToLineEnd(text: string, pair: Pair, value: Node | null | undefined, block: string): OffsetEdit[] {
  const colon = afterColon(text, pair);
  const ve = value?.range && value.range[1] > value.range[0] ? value.range[1] : colon;
  let vs = ve === colon ? colon : value!.range![0];
  while (vs > colon && (text[vs - 1] === ' ' || text[vs - 1] === '\t')) vs--;
  const lineEnd = endOfNodeLine(text, Math.max(colon, ve));
  if (lineEnd <= ve) return [{ start: vs, end: Math.max(ve, lineEnd), newText: block }];
  return [...(ve > vs ? [{ start: vs, end: ve, newText: '' }] : []), { start: lineEnd, end: lineEnd, newText: block }];
}
