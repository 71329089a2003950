import type { Language } from '../core';

/** `1 error`, `3 errors`: an English count with its noun in the right number (no "error(s)"). */
export function countNoun(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Severity counts as a line's parameters: English templates take `1 error` / `8 warnings` (their nouns come
 * from here), Chinese templates take the bare numbers (错误 {error} 条). `info` stays a bare number in both.
 */
export function severityParams(lang: Language, c: { error: number; warning: number; info: number }): Record<string, string | number> {
  return lang === 'en' ? { error: countNoun(c.error, 'error'), warning: countNoun(c.warning, 'warning'), info: c.info } : { ...c };
}
