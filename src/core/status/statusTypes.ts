import type { Finding, Localized, Range, Severity, StageId } from '../types';

/**
 * The facts the CLI `status`, the tree and the sidebar all draw: one snapshot per engagement,
 * computed in the core by `buildStatus` (statusBuilder.ts). Plain data, serialisable as JSON.
 */
export interface EngagementStatus {
  root: string;
  id: string;
  title: string;
  customer: string;
  language: 'zh-CN' | 'en';
  category?: string;
  /** Current stage, when valid. */
  stage?: StageId;
  stages: StageProgress[];
  stakeholders: StakeholderMap;
  concerns: ConcernCoverage[];
  needs: NeedsSummary;
  bids: BidSummary;
  budget: BudgetSummary;
  pitfalls: PitfallGroup[];
  counts: Record<Severity, number>;
}

/** A deliverable slot of a stage. */
export interface DeliverableStatus {
  kind: string;
  label: Localized;
  /** Path of the file when it exists (first of its kind), else the template's default path. */
  path: string;
  state: 'missing' | 'invalid' | 'draft' | 'review' | 'final' | 'present';
  optional: boolean;
}

/** One unmet gate condition. */
export interface GateBlocker {
  condition: 'summary' | 'review' | 'follow-ups' | 'deliverable';
  message: string;
  /** Where to act (a file path + range), when there is a place. */
  file?: string;
  range?: Range;
}

/** Progress of one stage. */
export interface StageProgress {
  id: StageId;
  label: Localized;
  state: 'done' | 'current' | 'todo';
  /** 0–100: deliverables present and valid, summary and review where owed. */
  percent: number;
  deliverables: DeliverableStatus[];
  summary: 'present' | 'missing' | 'not-owed';
  review: 'passed' | 'failed' | 'missing' | 'not-owed';
  /** Unmet conditions to leave this stage. */
  blockers: GateBlocker[];
}

/** A person on the influence × attitude grid. */
export interface StakeholderChip {
  id: string;
  name: string;
  title?: string;
  type: 'approver' | 'it-decider' | 'business-decider' | 'user' | 'unknown';
  influence: 'high' | 'medium' | 'low' | 'unknown';
  attitude: 'champion' | 'supporter' | 'neutral' | 'skeptic' | 'opponent' | 'unknown';
  concerns: string[];
  lastContact?: string;
  /** Days since last contact (from `today`), when known. */
  daysSinceContact?: number;
  cold: boolean;
  file: string;
  range: Range;
}

/** Coverage of one decision-maker type. */
export interface TypeCoverage {
  type: 'approver' | 'it-decider' | 'business-decider' | 'user';
  label: Localized;
  mapped: number;
  contacted: number;
}

/** The stakeholder map model. */
export interface StakeholderMap {
  people: StakeholderChip[];
  coverage: TypeCoverage[];
}

/** One customer concern and whether the solution answers it. */
export interface ConcernCoverage {
  concern: 'price' | 'function' | 'performance' | 'usability' | 'cost-of-use' | 'risk' | 'assurance' | 'brand';
  label: Localized;
  /** Stakeholder ids who hold it. */
  heldBy: string[];
  answered: boolean;
}

/** Requirements by Kano class × status. */
export interface NeedsSummary {
  total: number;
  byKano: Record<'basic' | 'performance' | 'excitement' | 'unclassified', Record<'met' | 'partial' | 'unmet' | 'out-of-scope' | 'open', number>>;
  unreasonable: number;
  /** Requirement ids no pricing line or deviation row traces to. */
  untraced: string[];
}

/** Deviation tables at a glance. */
export interface BidSummary {
  rows: number;
  star: number;
  triangle: number;
  negative: number;
  starNegative: number;
  bare: number;
  deadline?: string;
  daysToDeadline?: number;
}

/** Budget against the priced total. */
export interface BudgetSummary {
  budget?: number;
  currency?: string;
  priced?: number;
  /** priced / budget, when both are known. */
  ratio?: number;
  tolerance: number;
  errorFactor: number;
}

/** Findings of the method's pitfall codes grouped by severity. */
export interface PitfallGroup {
  severity: Severity;
  items: PitfallItem[];
}

/** A pitfall finding with the method's vocabulary. */
export interface PitfallItem {
  code: string;
  /** The method's zh-CN term (e.g. 随机熔断). */
  term?: string;
  summary: Localized;
  finding: Finding;
}
