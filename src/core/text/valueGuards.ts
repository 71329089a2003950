/**
 * Shape guards for values that come from outside the typed model: webview messages, command arguments,
 * cache files (JSON). Each guard says what it accepts; `shape`, `listOf` and `optional` compose them, so a
 * boundary states the shape it trusts in one declaration instead of a chain of `typeof` tests. (The
 * engagement's own YAML is read once by `core/model/readValues.ts`, never with these.)
 */

/** True when `v` has the shape `T`. */
export type Guard<T> = (v: unknown) => v is T;

/** A plain object whose fields can be read (not null, not an array). */
export type Fields = Readonly<Record<string, unknown>>;

/** The type a guard admits. */
export type Guarded<G> = G extends Guard<infer T> ? T : never;

/** Any string. */
export const isText: Guard<string> = (v): v is string => typeof v === 'string';

/** A non-empty string of at most `max` characters (bounded input from an untrusted sender). */
export function isBoundedText(max: number): Guard<string> {
  return (v): v is string => isText(v) && v.length > 0 && v.length <= max;
}

/** A finite number (no NaN, no Infinity). */
export const isFiniteNumber: Guard<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);

/** An integer. */
export const isInteger: Guard<number> = (v): v is number => Number.isInteger(v);

/** A 0-based index or count: a safe non-negative integer. */
export const isCount: Guard<number> = (v): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** A boolean. */
export const isBoolean: Guard<boolean> = (v): v is boolean => typeof v === 'boolean';

/** A plain object. */
export const isFields: Guard<Fields> = (v): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `undefined` or what `guard` admits. */
export function optional<T>(guard: Guard<T>): Guard<T | undefined> {
  return (v): v is T | undefined => v === undefined || guard(v);
}

/** An array every item of which `guard` admits. */
export function listOf<T>(guard: Guard<T>): Guard<T[]> {
  return (v): v is T[] => Array.isArray(v) && v.every((x) => guard(x));
}

/** One of a fixed list of values (an enum from the method or the protocol). */
export function oneOfValues<T>(values: readonly T[]): Guard<T> {
  return (v): v is T => values.includes(v as T);
}

/** A plain object whose named fields each pass their guard (other fields are allowed; see `onlyKeys`). */
export function shape<S extends Record<string, Guard<unknown>>>(spec: S): Guard<{ [K in keyof S]: Guarded<S[K]> }> {
  const entries = Object.entries(spec);
  return (v): v is { [K in keyof S]: Guarded<S[K]> } => isFields(v) && entries.every(([key, guard]) => guard(v[key]));
}

/** True when `o` has no field besides `keys` (extra fields mean a message nobody designed). */
export function onlyKeys(o: Fields, keys: readonly string[]): boolean {
  return Object.keys(o).every((k) => keys.includes(k));
}

/** The string, or undefined for anything else. */
export function textOf(v: unknown): string | undefined {
  return isText(v) ? v : undefined;
}
