import { bidDeadline } from '../model/bidDeadline';
import type { Engagement } from '../model/records';
import type { Language } from '../types';

/** "before the deadline 2026-12-05" / "在投标截止日 2026-12-05 前": the time every bid message speaks of. */
export function beforeDeadline(e: Engagement, lang: Language): string {
  const d = bidDeadline(e)?.date;
  if (lang === 'zh-CN') return d ? `在投标截止日 ${d} 前` : '在投标截止前';
  return d ? `before the deadline of ${d}` : 'before the deadline';
}

/** A quoted excerpt of a clause or response for a message: one line, at most `max` characters. */
export function excerpt(text: string | undefined, max = 40): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
