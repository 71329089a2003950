import { isCollection, isMap, isPair, isScalar, type Document } from 'yaml';

/** The source range of a map key written twice. */
export type DuplicateKey = [number, number];

/**
 * Keys repeated within one map, in document order. The `yaml` library's own `uniqueKeys` check compares
 * each new key with every earlier one (a 50,000-key map took two minutes); this pass remembers the keys
 * of each map in a `Map` and visits every node once, with a stack instead of recursion. Keys are equal
 * as the library defines it for scalars (same value); collection keys are never equal.
 */
export function duplicateKeys(doc: Document.Parsed): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (!isCollection(node)) continue;
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        if (!seen.has(value)) seen.add(value);
        else if (pair.key.range) out.push([pair.key.range[0], pair.key.range[1]]);
      }
    }
    for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}
