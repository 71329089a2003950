import { isAlias, isCollection, isNode, isPair, type Document, type Node } from 'yaml';

/**
 * How many nodes aliases may add to a document once expanded. `toJS` shares one value per anchor, so
 * building it is cheap, but everything that walks the value as a tree (rules, schema validation, JSON
 * output) pays for the expanded size: `&lK [*lK-1, *lK-1]` ninety times over is 1.4 KB and 2^90 nodes.
 * The `yaml` library's own `maxAliasCount` misses that shape (an empty anchor counts as 0 aliases),
 * so we count ourselves. Real documents use a few small aliases, if any.
 */
export const MAX_ALIAS_EXPANSION = 10_000;

/**
 * False when a YAML text cannot hold an alias: one is always written `*name`, so a text without `*` has none
 * and `checkAliases` would find nothing. Most documents have no `*` at all, and the walk was a tenth of parsing.
 */
export function mayHaveAliases(text: string): boolean {
  return text.includes('*');
}

/** Why a document's aliases are refused, with the offending alias's source range. */
export interface AliasProblem {
  range: [number, number];
  reason: 'expansion' | 'cycle';
}

/**
 * Checks the aliases of a parsed document before it is turned into a value. Each node's expanded size
 * is computed once (post-order, with a stack instead of recursion) and an alias costs its anchor's size,
 * so the pass is linear in the syntax tree whatever the aliases would expand to. An alias inside its
 * own anchor (`&a [*a]`) would make a cyclic value that no tree walk ends on: refused too.
 */
export function checkAliases(doc: Document.Parsed): AliasProblem | undefined {
  const anchors = new Map<string, Node>();
  const size = new Map<unknown, number>();
  let added = 0;
  // Each frame: a node and whether its children were pushed; children are visited in document order.
  const stack: { node: unknown; expanded: boolean }[] = [{ node: doc.contents, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const node = top.node;
    if (!top.expanded) {
      top.expanded = true;
      if (isNode(node) && node.anchor) anchors.set(node.anchor, node);
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        const cost = target === undefined ? 0 : size.get(target);
        // A known anchor without a size is still open: the alias sits inside it.
        if (cost === undefined) return { range: aliasRange(node), reason: 'cycle' };
        added += cost;
        if (added > MAX_ALIAS_EXPANSION) return { range: aliasRange(node), reason: 'expansion' };
        size.set(node, cost);
        stack.pop();
        continue;
      }
      const children = childrenOf(node);
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], expanded: false });
      continue;
    }
    stack.pop();
    let total = 1;
    for (const child of childrenOf(node)) total += size.get(child) ?? 0;
    size.set(node, total);
  }
  return undefined;
}

function childrenOf(node: unknown): unknown[] {
  if (isCollection(node)) return node.items;
  if (isPair(node)) return [node.key, node.value];
  return [];
}

function aliasRange(node: Node): [number, number] {
  return node.range ? [node.range[0], node.range[1]] : [0, 1];
}
