/**
 * Every message between the dashboard webview and the extension host, plus the view model the webview
 * draws. Plain data only and NO imports: both sides (browser bundle and host) compile this file.
 * Positions are 0-based like the core's `Range`; paths are workspace-folder-relative POSIX paths.
 */

/** Commands the webview may ask the host to run (anything else is rejected). */
export const DASHBOARD_COMMANDS = [
  'presales.checkEngagement',
  'presales.advanceStage',
  'presales.recordReview',
  'presales.logActivity',
  'presales.addStakeholder',
  'presales.addRequirement',
  'presales.openDashboard',
] as const;

/** One allowed command id. */
export type DashboardCommand = (typeof DASHBOARD_COMMANDS)[number];

/** A 0-based half-open range (duplicate of the core's `Range`). */
export interface ViewRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** A place in a file the webview can ask to reveal. */
export interface ViewLocation {
  file: string;
  range: ViewRange;
}

/** Severity of a finding, most severe first. */
export type ViewSeverity = 'error' | 'warning' | 'info';

/** A stage deliverable slot. `path` is the existing file or the template's default path. */
export interface ViewDeliverable {
  kind: string;
  label: string;
  path: string;
  exists: boolean;
  state: 'missing' | 'invalid' | 'draft' | 'review' | 'final' | 'present';
  optional: boolean;
}

/** One unmet gate condition, with a place when there is one. */
export interface ViewBlocker {
  message: string;
  location?: ViewLocation;
}

/** One stage of the pipeline. */
export interface ViewStage {
  id: 'kickoff' | 'introduction' | 'research' | 'solution' | 'bidding' | 'closure';
  label: string;
  /** `skipped`: a stage the method let the engagement skip (research with `reason: none`); it owes nothing. */
  state: 'done' | 'current' | 'todo' | 'skipped';
  percent: number;
  deliverables: ViewDeliverable[];
  /** Unmet conditions to leave the stage (the webview shows the current stage's). */
  blockers: ViewBlocker[];
  /** A stage already left whose gate is still unmet: shown as "left with gate unmet", never as plain "done". */
  gateUnmet?: boolean;
}

/** Decision-maker types of the method, plus `unknown` for unmapped people. */
export type ViewStakeholderType = 'approver' | 'it-decider' | 'business-decider' | 'user' | 'unknown';
/** Influence rows of the map, top to bottom. */
export type ViewInfluence = 'high' | 'medium' | 'low';
/** Attitude columns of the map, left (for us) to right (against us). */
export type ViewAttitude = 'champion' | 'supporter' | 'neutral' | 'skeptic' | 'opponent';

/** A person chip on the map. */
export interface ViewChip {
  id: string;
  name: string;
  title?: string;
  type: ViewStakeholderType;
  typeLabel: string;
  cold: boolean;
  daysSinceContact?: number;
}

/** One influence row: five attitude cells of chips. */
export interface ViewMapRow {
  influence: ViewInfluence;
  cells: { attitude: ViewAttitude; chips: ViewChip[] }[];
}

/** Mapped / contacted people of one decision-maker type. */
export interface ViewCoverage {
  type: Exclude<ViewStakeholderType, 'unknown'>;
  label: string;
  mapped: number;
  contacted: number;
  /** Nobody of this type mapped, or nobody contacted. */
  gap: boolean;
}

/** The influence × attitude map. */
export interface ViewMap {
  rows: ViewMapRow[];
  /** People whose influence or attitude is unknown. */
  unplaced: ViewChip[];
  coverage: ViewCoverage[];
  /** `answeredAt`: the first customer-visible line of the solution that answers the concern. */
  concerns: { concern: string; label: string; answered: boolean; heldBy: string[]; answeredAt?: ViewLocation }[];
}

/** One pitfall finding. */
export interface ViewPitfall {
  code: string;
  /** The method's zh-CN term (e.g. 随机熔断). */
  term?: string;
  /** One-line explanation in the display language. */
  summary: string;
  message: string;
  location: ViewLocation;
}

/** Findings of one non-pitfall code: how many, and the first place. */
export interface ViewOtherFindings {
  code: string;
  severity: ViewSeverity;
  count: number;
  summary: string;
  location: ViewLocation;
}

/** Budget against the priced total; `*Percent` are positions on a 0–100 scale. */
export interface ViewScopeBar {
  budget: number;
  priced: number;
  currency?: string;
  /** priced / budget. */
  ratio: number;
  level: 'ok' | 'warning' | 'error';
  warnAt: number;
  errorAt: number;
  pricedPercent: number;
  budgetPercent: number;
  warnPercent: number;
  errorPercent: number;
}

/** The qualification score: 0–100 and each MEDDPICC element with whether the form answers it. */
export interface ViewQualification {
  score: number;
  items: { letter: string; label: string; met: boolean }[];
}

/** The bid card (bidding stage only): deadline countdown, ★/▲ clauses no row answers yet, quiet period, expected score. */
export interface ViewBidCard {
  deadline?: string;
  /** Days until the deadline (negative once it has passed). */
  daysLeft?: number;
  star: number;
  starUnanswered: number;
  triangle: number;
  triangleUnanswered: number;
  /** Between the tender notice and the deadline: questions only through the formal clarification channel. */
  quietPeriod: boolean;
  /** The score estimate (评分测算) and its weak spots, most points recoverable first. */
  score?: { total: number; max: number; weak: { item: string; lost: number }[] };
}

/** The whole sidebar for one engagement, in the display language. */
export interface DashboardModel {
  key: string;
  title: string;
  customer: string;
  language: 'zh-CN' | 'en';
  stages: ViewStage[];
  /** Index of the current stage, -1 when unknown. */
  currentStage: number;
  map: ViewMap;
  /** By severity, most severe first; a last group with `history: true` holds the 售前考评 record (findings about stages left). */
  pitfalls: { severity: ViewSeverity; history?: boolean; items: ViewPitfall[] }[];
  /** The qualification score (鉴定销售机会, MEDDPICC), when the engagement has an interface form. */
  qualification?: ViewQualification;
  /** Findings that are not method pitfalls (schema, syntax…), per code: with `pitfalls` they add up to `counts`. */
  otherFindings?: ViewOtherFindings[];
  scope?: ViewScopeBar;
  /** The bid card, only in the bidding stage. */
  bid?: ViewBidCard;
  counts: Record<ViewSeverity, number>;
}

/** An engagement the picker offers. */
export interface EngagementOption {
  key: string;
  label: string;
}

/** Keys of the UI strings the host sends with a snapshot (`{0}` placeholders are filled in by the webview). */
export type DashboardStringKey =
  'empty' | 'picker.label' | 'counts' | 'section.pipeline' | 'section.map' | 'section.pitfalls' | 'pipeline.aria' |
  'pipeline.stageAria' | 'pipeline.percent' | 'stage.done' | 'stage.current' | 'stage.todo' | 'deliverables' |
  'deliverable.missing' | 'deliverable.invalid' | 'deliverable.draft' | 'deliverable.review' | 'deliverable.final' |
  'deliverable.present' | 'deliverable.optional' | 'deliverable.create' | 'deliverable.open' | 'blockers' |
  'blockers.none' | 'map.aria' | 'map.influence.high' | 'map.influence.medium' | 'map.influence.low' |
  'map.attitude.champion' | 'map.attitude.supporter' | 'map.attitude.neutral' | 'map.attitude.skeptic' |
  'map.attitude.opponent' | 'map.cellAria' | 'map.cellAria.one' | 'map.unplaced' | 'map.typeUnknown' | 'map.cold' | 'map.coldDays' | 'map.coldDays.one' |
  'map.chipAria' | 'map.coverage' | 'map.coverageCell' | 'map.gap' | 'map.concerns' | 'concern.answered' |
  'concern.unanswered' | 'severity.error' | 'severity.warning' | 'severity.info' | 'pitfalls.none' | 'pitfall.goto' |
  'pitfall.gotoAria' | 'scope.title' | 'scope.budget' | 'scope.priced' | 'scope.ratio' | 'scope.warn' | 'scope.error' |
  'command.check' | 'command.advance' | 'command.review' | 'command.addStakeholder' | 'stage.skipped' |
  'pitfalls.history' | 'concern.answeredAt' | 'qualification.title' | 'qualification.score' |
  'bid.title' | 'bid.deadline' | 'bid.deadline.one' | 'bid.deadline.today' | 'bid.deadlinePast' | 'bid.deadlinePast.one' | 'bid.clauses' | 'bid.quiet' | 'bid.score' | 'bid.weak' | 'bid.weakItem' |
  'stage.gateUnmet' | 'pitfalls.other' | 'pitfall.count' | 'pitfall.count.one' | 'map.group' | 'map.groupCount' | 'map.groupAria' | 'map.groupAria.one' | 'list.pair' | 'command.openPanel';

/** Webview → host. */
export type WebviewMessage =
  | { type: 'ready'; /** The engagement the webview showed last (from its saved state). */ key?: string }
  | { type: 'reveal'; key: string; file: string; range: ViewRange }
  | { type: 'openDeliverable'; key: string; kind: string; path: string; exists: boolean }
  | { type: 'pickEngagement'; key: string }
  | { type: 'openStakeholder'; key: string; id: string }
  | { type: 'command'; key: string; command: DashboardCommand };

/** Host → webview. `state` is undefined when there is no engagement to show. */
export type HostMessage =
  | { type: 'snapshot'; state: DashboardModel | undefined; strings: Record<DashboardStringKey, string>; engagements: EngagementOption[] }
  | { type: 'update'; state: DashboardModel | undefined };

/** What the webview keeps across reloads via `acquireVsCodeApi().setState`. */
export interface WebviewSavedState {
  collapsed: Record<string, boolean>;
  key?: string;
}

/** The score estimate of the bid in full (the editor-area dashboard): every item with its losses, and the price scenarios. */
export interface ViewBidDetail {
  items: { item: string; points: number; expected: number; lost: number; why: string; recover?: string; assumed: boolean }[];
  /** Our total with each competitor's price as the benchmark; `valid: false` when that price is above the limit. */
  scenarios: { name: string; price: number; valid: boolean; pricePoints: number; total: number }[];
  /** The price formula as the tender states it (87 号令 art. 55), when an item scores by lowest price. */
  formula?: string;
}

/** What the editor-area dashboard draws: the sidebar's model plus the bid's full score estimate. */
export interface PanelModel extends DashboardModel {
  bidDetail?: ViewBidDetail;
}

/** Keys of the extra UI strings of the editor-area dashboard. */
export type PanelStringKey =
  'panel.title' | 'panel.section.bid' | 'panel.section.concerns' | 'panel.section.qualification' | 'panel.map.people' | 'panel.map.people.one' | 'panel.bid.none' | 'panel.bid.items' | 'panel.bid.item' | 'panel.bid.points' |
  'panel.bid.expected' | 'panel.bid.lost' | 'panel.bid.why' | 'panel.bid.assumed' | 'panel.bid.scenarios' | 'panel.bid.scenario' |
  'panel.bid.price' | 'panel.bid.pricePoints' | 'panel.bid.total' | 'panel.bid.void' | 'panel.concern.concern' |
  'panel.concern.heldBy' | 'panel.concern.answeredAt' | 'panel.concern.none' | 'panel.qualification.none' | 'panel.stage.blockers';

/** Host → editor-area dashboard. Webview → host messages are `WebviewMessage`, checked by the same validator. */
export type PanelHostMessage =
  | { type: 'snapshot'; state: PanelModel | undefined; strings: Record<DashboardStringKey | PanelStringKey, string>; engagements: EngagementOption[] }
  | { type: 'update'; state: PanelModel | undefined };
