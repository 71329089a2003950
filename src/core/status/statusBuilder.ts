import type { CheckOptions } from '../checkOptions';
import type { Category, Language, StageId } from '../method/vocabulary';
import { quoteOf } from '../model/quote';
import type { Engagement } from '../model/records';
import type { Finding, Severity } from '../types';
import { bidSummary, type BidSummary } from './bidSummary';
import { budgetSummary, type BudgetSummary } from './budgetSummary';
import { concernCoverage, type ConcernCoverage } from './concernCoverage';
import { findingTotals, type OtherFindings } from './findingTotals';
import { needsSummary, type NeedsSummary } from './needsSummary';
import { pitfallGroups, type PitfallGroup } from './pitfalls';
import { qualificationSummary, type QualificationSummary } from './qualificationSummary';
import { requirementFlags, type RequirementFlag } from './requirementFlags';
import { scoreSummary, type ScoreSummary } from './scoreSummary';
import { stageProgress, type StageProgress } from './stageProgress';
import { stakeholderMap, type StakeholderMap } from './stakeholderMap';

/**
 * The facts the CLI `status`, the tree and the sidebar all draw: one snapshot per engagement. Plain data,
 * serialisable as JSON.
 */
export interface EngagementStatus {
  root: string;
  id: string;
  title: string;
  customer: string;
  /** The language the snapshot's texts (gate blockers) are written in. */
  language: Language;
  category?: Category;
  /** Current stage, when valid. */
  stage?: StageId;
  stages: StageProgress[];
  stakeholders: StakeholderMap;
  concerns: ConcernCoverage[];
  needs: NeedsSummary;
  bids: BidSummary;
  budget: BudgetSummary;
  /** The score estimate (评分测算), when a tender has scoring rules. */
  score?: ScoreSummary;
  pitfalls: PitfallGroup[];
  /** Findings that are not method pitfalls (structural ones), per code: with `pitfalls` they add up to `counts`. */
  otherFindings: OtherFindings[];
  /** Requirements with a finding inside (a view shows the finding, never a plain "met"). */
  requirementFlags: RequirementFlag[];
  /** The qualification score (鉴定销售机会), when the engagement has an interface form. */
  qualification?: QualificationSummary;
  /** Every finding by severity, counted once here: the badge, status bar, tree and dashboard show these. */
  counts: Record<Severity, number>;
}

/**
 * The snapshot for one engagement. Pure: `findings` are the engagement's check results, and `options`
 * the very options the check ran with (clock and language), so findings and views never disagree.
 */
export function buildStatus(e: Engagement, findings: readonly Finding[], options: CheckOptions): EngagementStatus {
  const language = options.language ?? e.language;
  const stakeholders = stakeholderMap(e, options.today);
  const totals = findingTotals(findings);
  const quote = quoteOf(e);
  const status: EngagementStatus = {
    root: e.root,
    id: e.id ?? '',
    title: e.title ?? '',
    customer: e.customer ?? '',
    language,
    stages: stageProgress(e, findings, language),
    stakeholders,
    concerns: concernCoverage(e, stakeholders),
    needs: needsSummary(e),
    bids: bidSummary(e, options.today),
    budget: budgetSummary(e, quote),
    pitfalls: pitfallGroups(findings),
    otherFindings: totals.other,
    requirementFlags: requirementFlags(e, findings),
    counts: totals.counts,
  };
  if (e.category) status.category = e.category;
  if (e.stage) status.stage = e.stage;
  const qualification = qualificationSummary(e);
  if (qualification) status.qualification = qualification;
  const score = scoreSummary(e, language, quote);
  if (score) status.score = score;
  return status;
}
