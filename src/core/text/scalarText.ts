/** A YAML scalar as message text; anything else (a list, a map, nothing) as `fallback`, so messages never say "[object Object]". */
export function scalarText(v: unknown, fallback = '?'): string {
  return typeof v === 'string' ? (v.trim() || fallback) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : fallback;
}
