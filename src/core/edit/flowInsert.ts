import { isPair, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
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
  const node = (isPair(last) ? ((last.value as Node | null) ?? (last.key as Node | null)) : (last as Node | null)) ?? undefined;
  const end = node?.range?.[1];
  if (end === undefined) return undefined;
  return { start: end, end, newText: `, ${entry}` };
}
