import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { lineBreakOf, type EditPlan } from './textEdit';
import { yamlScalar } from './yamlScalar';
import { afterColon, columnOf, endOfNodeLine, nodeAt, pairOf, parseForEdit } from './yamlLayout';

/** Where a new field goes: after the field `after` when it exists, else after the map's last field. */
export interface FieldOptions {
  after?: string;
}

/**
 * Sets `key` to `value` in the map at `path` (`[]` is the top level, `['items', 3]` one item): replaces
 * the scalar in place when the key exists, else inserts one line in the map's indentation. Nothing else
 * in the file changes.
 */
export function setField(text: string, path: readonly (string | number)[], key: string, value: unknown, options: FieldOptions = {}): EditPlan {
  const parsed = parseForEdit(text);
  if (!parsed.ok) return parsed;
  const map = path.length === 0 ? parsed.root : nodeAt(parsed.root, path);
  if (!isMap(map) || !map.range) return { ok: false, reason: 'not-an-item' };
  const scalar = yamlScalar(value);
  const pair = pairOf(map, key);
  if (pair) return replaceValue(text, pair, scalar);
  return insertField(text, map, key, scalar, options);
}

/** Inserts `key` only when the map lacks it (a schema `required` quick fix): `placeholder` is its value. */
export function insertMissingField(text: string, path: readonly (string | number)[], key: string, placeholder: unknown, options: FieldOptions = {}): EditPlan {
  const parsed = parseForEdit(text);
  if (!parsed.ok) return parsed;
  const map = path.length === 0 ? parsed.root : nodeAt(parsed.root, path);
  if (!isMap(map) || !map.range) return { ok: false, reason: 'not-an-item' };
  if (pairOf(map, key)) return { ok: true, edits: [] };
  return insertField(text, map, key, yamlScalar(placeholder), options);
}

/** Sets the engagement's `stage:` (the top-level field, inserted after `category`/`customer` when absent). */
export function setStage(text: string, stage: string): EditPlan {
  const parsed = parseForEdit(text);
  const after = parsed.ok && pairOf(parsed.root, 'category') ? 'category' : 'customer';
  return setField(text, [], 'stage', stage, { after });
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
    const close = text.lastIndexOf('}', map.range![1]);
    return { ok: true, edits: [{ start: close, end: close, newText: map.items.length ? `, ${line}` : line }] };
  }
  const anchor = (options.after && pairOf(map, options.after)) || (map.items[map.items.length - 1] as Pair | undefined);
  if (!anchor) return { ok: false, reason: 'not-an-item' };
  const keyNode = anchor.key as Node;
  const valueNode = anchor.value as Node | null;
  const end = Math.max(keyNode.range?.[1] ?? 0, valueNode?.range?.[1] ?? 0);
  const at = endOfNodeLine(text, end);
  const indent = ' '.repeat(columnOf(text, (map.items[0].key as Node).range![0]));
  return { ok: true, edits: [{ start: at, end: at, newText: `${lineBreakOf(text)}${indent}${line}` }] };
}
