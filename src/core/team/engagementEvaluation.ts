import { STAGES } from '../method/stages';
import { engagementBudget } from '../model/budget';
import { currentStageIndex } from '../model/engagement';
import { activityStage, owesFollowUp } from '../model/followUps';
import { gateState } from '../model/gates';
import type { Engagement } from '../model/records';
import { researchActivities } from '../model/research';
import { stageSkipped } from '../model/stageSkip';
import { policyValue } from '../rules/ruleList';
import { daysBetween, isoDay } from '../text/isoDate';
import type { Finding } from '../types';

/**
 * 售前考评 of one engagement, from its history (docs/team.md "The presales evaluation"). Counts, not
 * grades: the lead reads them next to the outcome.
 */
export interface EngagementEvaluation {
  /** Activities that owed a revisit (三天内回访) whose window has closed, and those revisited in time. */
  followUps: { owed: number; onTime: number };
  /** Gates of the stages left behind that owe a review, and those passed on time. */
  gates: { due: number; onTime: number };
  /** Research person-days against the `over-investment` limit under the engagement's policy. */
  research: { days: number; limit: number };
  /** ★ problems in the bid: negative deviations on ★ rows and unanswered ★ clauses. */
  starProblems: number;
  /** Findings about stages already left (data.history): what the evaluation records, not what to fix. */
  historyFindings: number;
}

/** The evaluation of one engagement as of `today`, from its records and its final findings. */
export function engagementEvaluation(e: Engagement, findings: readonly Finding[], today: string): EngagementEvaluation {
  let starProblems = 0;
  let historyFindings = 0;
  for (const f of findings) {
    if (f.code === 'star-negative-deviation' || (f.code === 'clause-unanswered' && f.data?.mark === '★')) starProblems++;
    if (f.data?.history === true) historyFindings++;
  }
  return { followUps: followUpRecord(e, today), gates: gateRecord(e), research: researchRecord(e), starProblems, historyFindings };
}

/**
 * A visit (or an introduction-stage briefing or demo) owes a revisit within `follow_up_days`. On time: a
 * `follow_up` date no later than that. One still inside its window and not yet revisited is not counted.
 */
function followUpRecord(e: Engagement, today: string): EngagementEvaluation['followUps'] {
  const days = policyValue(e.policy, 'follow_up_days');
  let owed = 0;
  let onTime = 0;
  for (const a of e.activities) {
    if (a.date === undefined || !owesFollowUp(e, a)) continue;
    const gap = daysBetween(a.date, a.followUp);
    if (gap !== undefined && gap >= 0 && gap <= days) {
      owed++;
      onTime++;
    } else if (a.followUpWritten || (daysBetween(a.date, today) ?? 0) > days) owed++;
  }
  return { owed, onTime };
}

/**
 * Each stage before the current one whose gate owes a review (skipped stages owe nothing). Passed on time:
 * its stage summary is there (when owed), its latest review passed, is dated, and is no later than the
 * first dated activity of any later stage (no work ran ahead of the gate).
 */
function gateRecord(e: Engagement): EngagementEvaluation['gates'] {
  const current = currentStageIndex(e);
  // First dated activity at or after each stage index, computed once (suffix minimum): linear.
  const firstAt: (string | undefined)[] = STAGES.map(() => undefined);
  for (const a of e.activities) {
    const i = STAGES.findIndex((s) => s.id === activityStage(e, a));
    if (i < 0 || isoDay(a.date) === undefined) continue;
    if (firstAt[i] === undefined || a.date! < firstAt[i]!) firstAt[i] = a.date;
  }
  const firstAfter: (string | undefined)[] = [];
  let run: string | undefined;
  for (let i = STAGES.length - 1; i >= 0; i--) {
    firstAfter[i] = run;
    if (firstAt[i] !== undefined && (run === undefined || firstAt[i]! < run)) run = firstAt[i];
  }
  let due = 0;
  let onTime = 0;
  for (let i = 0; i < current; i++) {
    const spec = STAGES[i];
    if (!spec.gate.review || stageSkipped(e, spec)) continue;
    due++;
    const s = gateState(e, spec);
    const passed = s.review === 'passed' && s.summary !== 'missing' && s.lastReview?.date !== undefined;
    if (passed && (firstAfter[i] === undefined || s.lastReview!.date! <= firstAfter[i]!)) onTime++;
  }
  return { due, onTime };
}

/** Σ research `effort_days` against max(research_days_min, budget / 1e6 × research_days_per_million). */
function researchRecord(e: Engagement): EngagementEvaluation['research'] {
  const days = researchActivities(e).reduce((s, a) => s + (a.effortDays !== undefined && a.effortDays > 0 ? a.effortDays : 0), 0);
  const budget = engagementBudget(e);
  const limit = Math.max(policyValue(e.policy, 'research_days_min'), budget ? (budget.amount / 1e6) * policyValue(e.policy, 'research_days_per_million') : 0);
  return { days, limit };
}
