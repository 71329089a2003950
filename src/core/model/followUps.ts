import type { ActivityType, StageId } from '../method/vocabulary';
import type { Activity, Engagement } from './records';

/**
 * The stage an activity belongs to: its own `stage`, else the stage the engagement is in (an activity
 * logged without one is today's work). The one definition rules and gates share.
 */
export function activityStage(e: Engagement, a: Activity): StageId | undefined {
  return a.stage ?? e.stage;
}

/**
 * True when the method wants the activity revisited (三天内回访): every visit, and the briefings and demos
 * of the introduction stage. `follow-up-overdue` and the introduction gate both ask this, and only this.
 */
export function owesFollowUp(e: Engagement, a: Activity): boolean {
  return owesFollowUpAt(a.type, activityStage(e, a));
}

/** The same predicate for an activity about to be logged: its type and the stage it belongs to. */
export function owesFollowUpAt(type: ActivityType | undefined, stage: StageId | undefined): boolean {
  if (type === 'visit') return true;
  return (type === 'briefing' || type === 'demo') && stage === 'introduction';
}

/** Activities of a stage that owe a follow-up. */
export function followUpsOwed(e: Engagement, stage: StageId): Activity[] {
  return e.activities.filter((a) => activityStage(e, a) === stage && owesFollowUp(e, a));
}
