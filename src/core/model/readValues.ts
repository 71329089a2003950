import { isoDay } from '../text/isoDate';
import type { IdRef } from './records';
import type { Source } from './source';

/*
 * The only place that looks at raw YAML values. Each reader returns the typed value or undefined; none
 * reports: every shape these readers refuse is one the schema has already reported at the same node.
 */

/** A YAML map (plain object). */
export type RawMap = Readonly<Record<string, unknown>>;

/** True for plain objects (not arrays, not null). */
export function isMap(v: unknown): v is RawMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The map, or an empty one. */
export function mapOf(v: unknown): RawMap {
  return isMap(v) ? v : {};
}

/** Trimmed non-empty text of a string or number scalar. */
export function text(v: unknown): string | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

/** A finite number. */
export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** A boolean. */
export function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

/** A real calendar date as trimmed `YYYY-MM-DD` (a YAML Date too). */
export function date(v: unknown): string | undefined {
  if (v instanceof Date) return isoDay(v) === undefined ? undefined : v.toISOString().slice(0, 10);
  return typeof v === 'string' && isoDay(v) !== undefined ? v.trim() : undefined;
}

/** Texts of a list (or of one scalar written in place of a list). */
export function texts(v: unknown): string[] {
  return (Array.isArray(v) ? v : [v]).map(text).filter((t): t is string => t !== undefined);
}

/** The items of a list that are maps, each with its index. */
export function mapsOf(v: unknown): { item: RawMap; index: number }[] {
  if (!Array.isArray(v)) return [];
  const out: { item: RawMap; index: number }[] = [];
  v.forEach((item, index) => {
    if (isMap(item)) out.push({ item, index });
  });
  return out;
}

/** Ids named by `field` of a record: one scalar, or a list (each entry with its own place). */
export function idRefs(at: Source, map: RawMap, field: string): IdRef[] {
  const v = map[field];
  if (Array.isArray(v)) {
    const out: IdRef[] = [];
    v.forEach((x, i) => {
      const id = idText(x);
      if (id !== undefined) out.push({ id, at: { file: at.file, path: [...at.path, field, i] } });
    });
    return out;
  }
  const id = idText(v);
  return id === undefined ? [] : [{ id, at: { file: at.file, path: [...at.path, field] } }];
}

/** An id as text: a string or number scalar, as written (an empty string is still an id to resolve). */
export function idText(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

/** A child source. */
export function child(at: Source, ...path: (string | number)[]): Source {
  return { file: at.file, path: [...at.path, ...path] };
}

/** A ★/▲ mark: any text holding ★ is ★, else ▲, else "" (no mark); non-text is undefined. */
export function mark(v: unknown): '★' | '▲' | '' | undefined {
  if (typeof v !== 'string') return undefined;
  return v.includes('★') ? '★' : v.includes('▲') ? '▲' : '';
}
