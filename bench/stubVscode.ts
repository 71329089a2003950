// A stand-in for the `vscode` module good enough to load the extension bundle outside VS Code (activation
// bench, and the test that activation leaves the heavy libraries unloaded).

/** A do-nothing object that answers every property, call and `new` with another one. */
export function stub(name: string): unknown {
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get: (_t, p) => (p === 'then' ? undefined : p === Symbol.toPrimitive ? () => name : p === Symbol.iterator ? function* () {} : stub(`${name}.${String(p)}`)),
    set: () => true,
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`) as object,
  });
}

/**
 * A stub `vscode` module for a bundle's source text: esbuild's __toESM copies the module's own keys, so it
 * needs every top-level name the bundle uses.
 */
export function stubVscodeFor(bundleText: string): Record<string, unknown> {
  const names = new Set([...bundleText.matchAll(/\bvscode\d*\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
  return Object.fromEntries([...names].map((n) => [n, stub(`vscode.${n}`)]));
}
