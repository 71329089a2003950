import { isMap, isPair, isScalar, isSeq, Scalar, type Document } from 'yaml';

/** A plain scalar written inside `[…]` or `{…}` (as a map key when `inMap`), as offsets into the file. */
export interface FlowScalar {
  start: number;
  end: number;
  inMap: boolean;
}

/**
 * Plain items of flow sequences and plain keys of flow maps, for the full-width separator check.
 * `base` is the YAML's offset in the file (front matter). One visit of the syntax tree; aliases are not followed.
 */
export function flowScalars(doc: Document, base: number): FlowScalar[] {
  const out: FlowScalar[] = [];
  const add = (node: unknown, inMap: boolean) => {
    if (isScalar(node) && node.type === Scalar.PLAIN && typeof node.value === 'string' && node.range) out.push({ start: base + node.range[0], end: base + node.range[1], inMap });
  };
  // A plain depth-first walk in `visit`'s order (a collection before its items, a key before its value):
  // `visit` builds a path array per node, which costs more than the check itself on a wide file.
  const walk = (node: unknown): void => {
    if (isSeq(node)) {
      if (node.flow) for (const item of node.items) add(item, false);
      for (const item of node.items) walk(item);
    } else if (isMap(node)) {
      if (node.flow) for (const pair of node.items) if (isPair(pair) && (pair.value === null || (isScalar(pair.value) && pair.value.value === null))) add(pair.key, true);
      for (const pair of node.items) walk(pair);
    } else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    }
  };
  walk(doc.contents);
  return out;
}
