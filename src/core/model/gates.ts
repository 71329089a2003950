import type { StageSpec } from '../method/stages';
import { formatMessage } from '../text/formatMessage';
import { isoDay } from '../text/isoDate';
import type { Language } from '../types';
import { followUpsOwed } from './followUps';
import { stageSkipped } from './stageSkip';
import { GATE_CONDITION_TEXT, type GateCondition } from './gateMessages';
import type { Activity, Engagement, Review } from './records';
import { nearestRange, type Where } from './source';

/** The gate of one stage as the files state it (deliverables aside: their validity needs the findings). */
export interface GateState {
  summary: 'present' | 'missing' | 'not-owed';
  review: 'passed' | 'failed' | 'missing' | 'not-owed';
  /** The review that decides (the latest), when there is one. */
  lastReview?: Review;
  /** Activities of the stage that owe a follow-up (empty when the gate does not ask for them). */
  owed: Activity[];
  unfollowed: Activity[];
}

/** One unmet gate condition other than a missing deliverable, with where to act when there is a place. */
export interface GateGap {
  condition: Exclude<GateCondition, 'deliverable'>;
  params: Record<string, unknown>;
  at?: Where;
}

/** The gate facts of a stage. The single source for `gate-not-met` and the status views. */
export function gateState(e: Engagement, stage: StageSpec): GateState {
  // A stage the method let the engagement skip owes nothing: its gate is met (model/stageSkip.ts).
  if (stageSkipped(e, stage)) return { summary: 'not-owed', review: 'not-owed', owed: [], unfollowed: [] };
  const summary = !stage.gate.summary ? 'not-owed' : e.deliverables.some((d) => d.kind === 'stage-summary' && d.stage === stage.id) ? 'present' : 'missing';
  const lastReview = stage.gate.review ? reviewsOf(e, stage).at(-1) : undefined;
  const review = !stage.gate.review ? 'not-owed' : !lastReview ? 'missing' : lastReview.result === 'pass' ? 'passed' : 'failed';
  const owed = stage.gate.followUps ? followUpsOwed(e, stage.id) : [];
  return { summary, review, lastReview, owed, unfollowed: owed.filter((a) => !a.followUpWritten) };
}

/** The unmet conditions of a gate state, in the order the method lists them. */
export function gateGaps(s: GateState): GateGap[] {
  const gaps: GateGap[] = [];
  if (s.summary === 'missing') gaps.push({ condition: 'summary', params: {} });
  if (s.review === 'missing') gaps.push({ condition: 'review', params: {} });
  if (s.review === 'failed') gaps.push({ condition: 'review-failed', params: {}, at: nearestRange(s.lastReview!.at, ['result']) });
  if (s.unfollowed.length > 0) gaps.push({ condition: 'follow-ups', params: { count: s.unfollowed.length }, at: nearestRange(s.unfollowed[0].at, [], 'key') });
  return gaps;
}

/** The clause that says what a gap is, in a language. */
export function gapText(condition: GateCondition, language: Language, params: Record<string, unknown> = {}): string {
  return formatMessage(GATE_CONDITION_TEXT[condition], language, params);
}

/** Reviews of a stage with a pass/fail result, oldest first (undated first; file order breaks ties). */
function reviewsOf(e: Engagement, stage: StageSpec): Review[] {
  const list = e.reviews.filter((r) => r.stage === stage.id && r.result !== undefined);
  const day = (r: Review) => isoDay(r.date) ?? -Infinity;
  return list.map((r, i) => ({ r, i })).sort((a, b) => day(a.r) - day(b.r) || a.i - b.i).map((x) => x.r);
}
