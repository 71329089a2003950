import { stageIndex } from '../method/stages';
import { bidDeadline } from '../model/bidDeadline';
import { currentStageIndex } from '../model/engagement';
import type { Engagement } from '../model/records';
import type { Language } from '../types';

/**
 * "before the deadline 2026-12-05" / "在投标截止日 2026-12-05 前": the time every bid message speaks of. Once the
 * bid is over (the deadline has passed, or the engagement is at closure) no date in the past is named: the
 * finding is the 投标复盘, and its advice is for the next bid.
 */
export function beforeDeadline(e: Engagement, lang: Language, today?: string): string {
  const d = bidDeadline(e)?.date;
  if ((today !== undefined && d !== undefined && d < today) || currentStageIndex(e) > stageIndex('bidding')) {
    return lang === 'zh-CN' ? '在下次投标时' : 'in the next bid';
  }
  if (lang === 'zh-CN') return d ? `在投标截止日 ${d} 前` : '在投标截止前';
  return d ? `before the deadline of ${d}` : 'before the deadline';
}

/** A quoted excerpt of a clause or response for a message: one line, at most `max` characters. */
export function excerpt(text: string | undefined, max = 40): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
