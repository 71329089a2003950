import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { endOfLine, startOfLine } from './textEdit';
import { yamlScalar } from './yamlScalar';

/** A YAML text parsed for editing: the document with source ranges, or why it cannot be edited. */
export type EditableYaml = { ok: true; doc: Document.Parsed; root: YAMLMap } | { ok: false; reason: 'yaml-syntax' | 'not-a-map' };

/** Parses a YAML text for editing; refuses documents with errors (an edit could land anywhere). */
export function parseForEdit(text: string): EditableYaml {
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { uniqueKeys: true, keepSourceTokens: false });
  } catch {
    return { ok: false, reason: 'yaml-syntax' };
  }
  if (doc.errors.length > 0) return { ok: false, reason: 'yaml-syntax' };
  if (doc.contents === null && text.trim().replace(/^#.*$/gm, '').trim() === '') return { ok: false, reason: 'not-a-map' };
  if (!isMap(doc.contents)) return { ok: false, reason: 'not-a-map' };
  return { ok: true, doc, root: doc.contents };
}

/** The pair of `key` in a map. */
export function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === key) as Pair | undefined;
}

/** The node at a path of keys and indexes, when it exists. */
export function nodeAt(root: Node, path: readonly (string | number)[]): Node | undefined {
  let node: unknown = root;
  for (const seg of path) {
    if (isMap(node)) node = pairOf(node, String(seg))?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

/** Offset of the end of the last line a node's text occupies (its range may run into the next line). */
export function endOfNodeLine(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return endOfLine(text, i);
}

/** Column (0-based) of an offset. */
export function columnOf(text: string, offset: number): number {
  return offset - startOfLine(text, offset);
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
