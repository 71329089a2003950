/** Pure calendar arithmetic on ISO `YYYY-MM-DD` dates (no time zones, no clock). */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of an ISO date, or undefined when the value is not a real calendar date.
 * Accepts a `Date` too, because YAML 1.1 loaders may turn `2026-11-28` into one.
 */
export function isoDay(value: unknown): number | undefined {
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isFinite(t) ? Math.floor(t / DAY_MS) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  // Rejects 2026-02-30 and friends, which Date.UTC would roll over silently.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t / DAY_MS;
}

/** Whole days from `from` to `to` (negative when `to` is earlier), or undefined if either is not a date. */
export function daysBetween(from: unknown, to: unknown): number | undefined {
  const a = isoDay(from);
  const b = isoDay(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

/** The ISO date `days` after `date` (before, when negative), or undefined if `date` is not a date. */
export function addDays(date: unknown, days: number): string | undefined {
  const d = isoDay(date);
  return d === undefined ? undefined : new Date((d + days) * DAY_MS).toISOString().slice(0, 10);
}
