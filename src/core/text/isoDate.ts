/** Pure calendar arithmetic on ISO `YYYY-MM-DD` dates (no time zones, no clock). */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
// The dates a `YYYY-MM-DD` can name: 0001-01-01 … 9999-12-31 (beyond them `Date` throws or writes `+010000`).
const MIN_MS = -62_135_596_800_000;
const MAX_MS = 253_402_214_400_000;

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
  const back = new Date(0);
  back.setUTCFullYear(y, mo - 1, d); // unlike Date.UTC, keeps years 0001–0099 as written
  const t = back.getTime();
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

/**
 * The ISO date `days` after `date` (before, when negative), or undefined if `date` is not a date or the
 * result falls outside 0001-01-01 … 9999-12-31 (`follow_up_days: 1e8` gives undefined, never a RangeError).
 */
export function addDays(date: unknown, days: number): string | undefined {
  const d = isoDay(date);
  if (d === undefined || !Number.isFinite(days)) return undefined;
  const t = (d + Math.trunc(days)) * DAY_MS;
  return t < MIN_MS || t > MAX_MS ? undefined : new Date(t).toISOString().slice(0, 10);
}

/**
 * The local calendar date of `now` as `YYYY-MM-DD`: the default clock of the CLI and the extension.
 * Pure: the caller passes the instant (the core never reads the clock itself).
 */
export function localIsoDate(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
