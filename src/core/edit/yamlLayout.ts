import { isCollection, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { checkAliases } from '../parse/aliasExpansion';
import { duplicateKeys } from '../parse/duplicateKeys';
import { nestingTooDeep } from '../parse/nestingGuard';
import { endOfLine, startOfLine } from './textEdit';
import { yamlScalar } from './yamlScalar';

/** A YAML text parsed for editing: the document with source ranges and its data, or why it cannot be edited. */
export type EditableYaml = { ok: true; doc: Document.Parsed; root: YAMLMap; data: unknown } | { ok: false; reason: 'yaml-syntax' | 'not-a-map' };

/** The options every edit parses with (before and after the edit alike); duplicate keys are checked in linear time below. */
export const EDIT_PARSE_OPTIONS = { uniqueKeys: false, keepSourceTokens: false, maxAliasCount: 100 } as const;

/**
 * Parses a YAML text for editing; refuses documents with errors (an edit could land anywhere), more than
 * one document, duplicate keys, nesting past the parser's safe depth, alias bombs and cycles (the same
 * guards as checking: `nestingGuard`, `duplicateKeys`, `aliasExpansion`) and an alias to no anchor.
 */
export function parseForEdit(text: string): EditableYaml {
  if (nestingTooDeep(text) !== -1) return { ok: false, reason: 'yaml-syntax' };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, EDIT_PARSE_OPTIONS);
  } catch {
    return { ok: false, reason: 'yaml-syntax' };
  }
  if (doc.errors.length > 0 || duplicateKeys(doc).length > 0 || checkAliases(doc)) return { ok: false, reason: 'yaml-syntax' };
  if (!isMap(doc.contents)) return { ok: false, reason: 'not-a-map' };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: EDIT_PARSE_OPTIONS.maxAliasCount });
  } catch {
    return { ok: false, reason: 'yaml-syntax' };
  }
  return { ok: true, doc, root: doc.contents, data };
}

/** The pair of `key` in a map. */
export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === key) as Pair | undefined;
}

/** The node at a path of keys and indexes, when it exists. */
export function nodeAt(root: Node, path: readonly (string | number)[]): Node | undefined {
  return nodesOnPath(root, path)?.at(-1);
}

/** Every node from `root` down to the one at `path` (both included), or undefined when the path breaks. */
export function nodesOnPath(root: Node, path: readonly (string | number)[]): Node[] | undefined {
  const out: Node[] = [root];
  let node: unknown = root;
  for (const seg of path) {
    if (isMap(node)) node = pairOf(node, String(seg))?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
    if (!node) return undefined;
    out.push(node as Node);
  }
  return out;
}

/** Offset of the end of the last line a node's text occupies (its range may run into the next line). */
export function endOfNodeLine(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return endOfLine(text, i);
}

/**
 * Where text that follows `node` on a new line goes, and whether that spot is already a line start.
 * The deepest last value decides: a block scalar (`|+` keeps its trailing blank lines) ends at a line start
 * and owns every byte before it; anything else ends at its line's end, past a trailing comment.
 */
export function afterNode(text: string, node: Node): { at: number; lineStart: boolean } {
  const leaf = lastLeaf(node);
  const end = leaf.range ? leaf.range[1] : text.length;
  const block = isScalar(leaf) && (leaf.type === Scalar.BLOCK_LITERAL || leaf.type === Scalar.BLOCK_FOLDED);
  if (block && end > 0 && text[end - 1] === '\n') return { at: end, lineStart: true };
  return { at: block ? endOfLine(text, end) : endOfNodeLine(text, end), lineStart: false };
}

/** The node whose source ends a node: the last item's value, all the way down. */
export function lastLeaf(node: Node): Node {
  let n: Node = node;
  for (;;) {
    if (!isCollection(n) || n.flow || n.items.length === 0) return n;
    const last = n.items[n.items.length - 1] as unknown;
    const next = isPair(last) ? ((last.value as Node | null) ?? (last.key as Node)) : (last as Node);
    if (!next || !next.range) return n;
    n = next;
  }
}

/** Column (0-based) of an offset; a byte order mark is not a column. */
export function columnOf(text: string, offset: number): number {
  const start = startOfLine(text, offset);
  return offset - start - (start === 0 && text.charCodeAt(0) === 0xfeff && offset > 0 ? 1 : 0);
}

/** Offset just after the `:` that follows a key. */
export function afterColon(text: string, pair: Pair): number {
  const keyEnd = (pair.key as Node).range?.[1] ?? 0;
  const i = text.indexOf(':', keyEnd);
  return i === -1 ? keyEnd : i + 1;
}

/** A map as block lines: `- a: 1` then `  b: 2` (`dash` columns of dash indent, `key` columns for keys). */
export function blockItemLines(item: Record<string, unknown>, dash: number, key: number): string[] {
  const entries = Object.entries(item).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return [`${' '.repeat(dash)}- {}`];
  return entries.map(([k, v], i) => (i === 0 ? `${' '.repeat(dash)}-${' '.repeat(Math.max(1, key - dash - 1))}` : ' '.repeat(key)) + `${yamlScalar(k)}: ${yamlScalar(v)}`);
}

/** A map as one flow mapping: `{a: 1, b: [x, y]}`. */
export function flowItem(item: Record<string, unknown>): string {
  return `{${Object.entries(item).filter(([, v]) => v !== undefined).map(([k, v]) => `${yamlScalar(k)}: ${yamlScalar(v)}`).join(', ')}}`;
}
