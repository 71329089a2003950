import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { flowInsert } from './flowInsert';
import { lineBreakOf, type EditPlan } from './textEdit';
import { aliasedAnchor, verifiedPlan, withValueAt } from './verifiedEdit';
import { afterColon, afterNode, columnOf, nodesOnPath, pairOf, parseForEdit, type EditableYaml } from './yamlLayout';
import { writtenValue, yamlScalar } from './yamlScalar';

/** Where a new field goes: after the field `after` when it exists, else after the map's last field. */
export interface FieldOptions {
  after?: string;
}

/**
 * Sets `key` to `value` in the map at `path` (`[]` is the top level, `['items', 3]` one item): replaces
 * the scalar in place when the key exists, else inserts one line in the map's indentation (or one entry
 * in a flow map, before any trailing comma). Nothing else in the file changes: the result is re-parsed and
 * must equal the old data with just this value set (`verifiedPlan`), else the edit is refused. A value
 * anchored and repeated by an alias (`stage: &s …` with `*s`) is refused (`aliased`), never de-aliased.
 */
export function setField(text: string, path: readonly (string | number)[], key: string, value: unknown, options: FieldOptions = {}): EditPlan {
  const parsed = parseForEdit(text);
  if (!parsed.ok) return parsed;
  return planField(text, parsed, path, key, value, options, false);
}

/** Inserts `key` only when the map lacks it (a schema `required` quick fix): `placeholder` is its value. */
export function insertMissingField(text: string, path: readonly (string | number)[], key: string, placeholder: unknown, options: FieldOptions = {}): EditPlan {
  const parsed = parseForEdit(text);
  if (!parsed.ok) return parsed;
  return planField(text, parsed, path, key, placeholder, options, true);
}

/** Sets the engagement's `stage:` (the top-level field, inserted after `category`/`customer` when absent). */
export function setStage(text: string, stage: string): EditPlan {
  const parsed = parseForEdit(text);
  if (!parsed.ok) return parsed;
  const after = pairOf(parsed.root, 'category') ? 'category' : 'customer';
  return planField(text, parsed, [], 'stage', stage, { after }, false);
}

function planField(text: string, parsed: EditableYaml & { ok: true }, path: readonly (string | number)[], key: string, value: unknown, options: FieldOptions, onlyIfMissing: boolean): EditPlan {
  const { doc, root, data } = parsed;
  const nodes = nodesOnPath(root, path);
  const map = nodes?.at(-1);
  if (!nodes || !isMap(map) || !map.range) return { ok: false, reason: 'not-an-item' };
  const pair = pairOf(map, key);
  if (pair && onlyIfMissing) return { ok: true, edits: [] };
  if (aliasedAnchor(doc, [...nodes, pair?.value as Node | null])) return { ok: false, reason: 'aliased' };
  const scalar = yamlScalar(value);
  const plan = pair ? replaceValue(text, pair, scalar) : insertField(text, map, key, scalar, options);
  return verifiedPlan(text, data, plan, (before) => withValueAt(before, [...path, key], writtenValue(value)));
}

function replaceValue(text: string, pair: Pair, scalar: string): EditPlan {
  const node = pair.value as Node | null;
  const empty = !node || !node.range || (isScalar(node) && node.range[0] === node.range[1]);
  if (empty) {
    const colon = afterColon(text, pair);
    return { ok: true, edits: [{ start: colon, end: colon, newText: ` ${scalar}` }] };
  }
  return { ok: true, edits: [{ start: node.range![0], end: node.range![1], newText: scalar }] };
}

function insertField(text: string, map: YAMLMap, key: string, scalar: string, options: FieldOptions): EditPlan {
  const line = `${yamlScalar(key)}: ${scalar}`;
  if (map.flow) {
    const edit = flowInsert(text, map, line);
    return edit ? { ok: true, edits: [edit] } : { ok: false, reason: 'unsafe-edit' };
  }
  const anchor = (options.after && pairOf(map, options.after)) || (map.items[map.items.length - 1] as Pair | undefined);
  if (!anchor) return { ok: false, reason: 'not-an-item' };
  const eol = lineBreakOf(text);
  const indent = ' '.repeat(columnOf(text, (map.items[0].key as Node).range![0]));
  const { at, lineStart } = afterNode(text, (anchor.value as Node | null) ?? (anchor.key as Node));
  return { ok: true, edits: [{ start: at, end: at, newText: lineStart ? `${indent}${line}${eol}` : `${eol}${indent}${line}` }] };
}
