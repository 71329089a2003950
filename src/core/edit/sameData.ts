/**
 * Deep equality of parsed YAML data (what `Document.toJS()` gives): scalars by value, arrays in order,
 * objects by their set of keys. Shared objects (YAML aliases) are compared once per pair, so an alias DAG
 * costs its number of distinct nodes, never its expanded tree size.
 */
export function sameData(a: unknown, b: unknown): boolean {
  const seen = new WeakMap<object, WeakSet<object>>();
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop()!;
    if (x === y || (Number.isNaN(x) && Number.isNaN(y))) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    let pairs = seen.get(x);
    if (pairs?.has(y)) continue;
    if (!pairs) seen.set(x, (pairs = new WeakSet()));
    pairs.add(y);
    if (Array.isArray(x) !== Array.isArray(y) || Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
    if (Array.isArray(x)) {
      const ys = y as unknown[];
      if (x.length !== ys.length) return false;
      for (let i = 0; i < x.length; i++) stack.push([x[i], ys[i]]);
      continue;
    }
    if (x instanceof Map || x instanceof Set) return false; // toJS() as we call it never makes these
    const xk = Object.keys(x);
    const yo = y as Record<string, unknown>;
    if (xk.length !== Object.keys(yo).length) return false;
    for (const k of xk) {
      if (!Object.prototype.hasOwnProperty.call(yo, k)) return false;
      stack.push([(x as Record<string, unknown>)[k], yo[k]]);
    }
  }
  return true;
}
