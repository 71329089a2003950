import { isPair, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { OffsetEdit } from './textEdit';

/**
 * Adds an entry to a flow collection (`[a, b]`, `{k: v}`) right after its last entry's value: before any
 * trailing comma (`[a,]`), comment (`[a, # c` … `]`) or line break, so the closing bracket, wherever it is,
 * stays where it was. An empty collection gets the entry right after its opening bracket. Undefined when
 * the source does not look like the flow collection it parsed as (then the caller refuses).
 */
export function flowInsert(text: string, collection: YAMLSeq | YAMLMap, entry: string): OffsetEdit | undefined {
  const open = collection.range?.[0];
  if (open === undefined || text[open] !== (isSeq(collection) ? '[' : '{')) return undefined;
  const last = collection.items[collection.items.length - 1] as unknown;
  if (last === undefined) return { start: open + 1, end: open + 1, newText: entry };
  const end = isPair(last) ? pairEnd(text, last) : (last as Node | null)?.range?.[1];
  if (end === undefined) return undefined;
  return { start: end, end, newText: `, ${entry}` };
}

/** End of a flow pair's source: its value, or its `:` when the value is empty (`{k: }`), or its key (`{k}`). */
function pairEnd(text: string, pair: Pair): number | undefined {
  const value = pair.value as Node | null;
  if (value?.range && value.range[1] > value.range[0]) return value.range[1];
  const keyEnd = (pair.key as Node | null)?.range?.[1];
  if (keyEnd === undefined) return undefined;
  const colon = /^\s*:/.exec(text.slice(keyEnd, keyEnd + 200));
  return colon ? keyEnd + colon[0].length : keyEnd;
}
