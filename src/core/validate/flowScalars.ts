import { isPair, isScalar, visit, Scalar, type Document } from 'yaml';

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
  visit(doc, {
    Seq(_, node) {
      if (!node.flow) return;
      for (const item of node.items) add(item, false);
    },
    Map(_, node) {
      if (!node.flow) return;
      for (const pair of node.items) if (isPair(pair) && (pair.value === null || isScalar(pair.value) && pair.value.value === null)) add(pair.key, true);
    },
  });
  return out;
}
