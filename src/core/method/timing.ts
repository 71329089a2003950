import type { StageId } from '../types';

/**
 * When a finding stops being work for today and becomes the 售前考评 record (docs/rules.md "Timing").
 * - `'own'`: the finding names the stage it is about in `data.stage`; once the engagement has left that
 *   stage it is history. A finding without `data.stage` is about the current stage (never history).
 * - a stage id: the finding speaks of work that can be done up to and including that stage; past it, history.
 * Codes not listed keep their severity at any stage. What still voids or loses the deal (scope-creep,
 * basic-need-unmet, blind-yes, every bid code) and what the bid itself can still answer (concern-uncovered)
 * stay loud through the bid and become the record only at closure, when the bid is decided.
 */
export type HistoryAfter = 'own' | StageId;

/** The method's timing, per code. docs/rules.md "Timing" explains each choice. */
export const HISTORY_AFTER: Readonly<Record<string, HistoryAfter>> = Object.freeze({
  // Gates and deliverables are owed when a stage is left; once it is, they are the record of how it went.
  'gate-not-met': 'own',
  'missing-deliverable': 'own',
  // A visit of a stage already left cannot be followed up any more (the impression is gone).
  'follow-up-overdue': 'own',
  // Research advice (胡乱开展调研, 第一个开展调研, 过度投入) is about the research stage: sunk once it is left.
  'research-without-need': 'research',
  'research-first': 'research',
  'over-investment': 'research',
  // The 接口表 and the 鉴定销售机会 steer the investment up to the solution; at the bid they are the record.
  'form-incomplete': 'solution',
  'demand-untraced': 'solution',
  'unqualified-investment': 'solution',
  // Users are met while needs are gathered (调研误区); in the bid's quiet period nobody can be visited.
  'customer-not-user': 'solution',
  // The decision-makers decide at the bid; at closure a gap in the map is a lesson, not a meeting to book.
  'decision-maker-gap': 'bidding',
  // The solution answers the needs while it is written; at the bid, the record (the technical bid answers now).
  'need-unanswered': 'solution',
  // The quote stays live through the bid (price-over-ceiling, score-loss); at closure it is the record.
  'scope-untraced': 'bidding',
  // The bid and the deal stay loud up to and including the bid; at closure (won or lost) nothing can be
  // changed any more, and a ★ error about a bid already opened is the 投标复盘, not work for today.
  'bid-deadline': 'bidding',
  'bare-response': 'bidding',
  'star-negative-deviation': 'bidding',
  'price-over-ceiling': 'bidding',
  'clause-unanswered': 'bidding',
  'deviation-contradiction': 'bidding',
  'vacuous-evidence': 'bidding',
  'score-loss': 'bidding',
  'control-unproven': 'bidding',
  'biased-clause': 'bidding',
  'total-mismatch': 'bidding',
  'currency-mismatch': 'bidding',
  'opponent-unhandled': 'bidding',
  'scope-creep': 'bidding',
  'basic-need-unmet': 'bidding',
  'blind-yes': 'bidding',
  'concern-uncovered': 'bidding',
});

/**
 * What a stakeholder finding does in the bid's quiet period (from `tender.published` to the deadline):
 * `'formal-channel'` = it is reported as information that points to the formal clarification channel
 * (澄清/答疑), never to private contact; `'silent'` = it is not reported at all.
 */
export type QuietBehaviour = 'formal-channel' | 'silent';

/** The method's quiet-period behaviour, per code (docs/rules.md "Quiet period"). */
export const QUIET_PERIOD: Readonly<Record<string, QuietBehaviour>> = Object.freeze({
  'decision-maker-gap': 'formal-channel',
  'opponent-unhandled': 'formal-channel',
  // Not having called on someone while calling on evaluators is forbidden is not a finding.
  'stale-contact': 'silent',
});
