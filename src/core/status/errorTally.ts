import type { Finding } from '../types';

/** The error-severity findings left in an engagement: how many and their most frequent codes. */
export interface ErrorTally {
  count: number;
  /** At most `top` codes, most frequent first (ties: the first seen first). */
  codes: string[];
  /** True when more codes have errors than `codes` names. */
  more: boolean;
}

/**
 * Counts the errors in one pass (n log n only over the distinct codes). Why: an export writes the customer
 * document even when the checker knows the bid would be void, so the adapters say what remains.
 */
export function errorTally(findings: readonly Finding[], top = 3): ErrorTally {
  const byCode = new Map<string, number>();
  let count = 0;
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    count++;
    byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  }
  // Map keeps insertion order and the sort is stable, so equal counts stay in first-seen order.
  const codes = [...byCode.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  return { count, codes: codes.slice(0, top), more: codes.length > top };
}
