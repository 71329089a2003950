/**
 * Every message between the portfolio panel and the extension host, plus the view model the panel draws.
 * Plain data only and NO imports: both sides (browser bundle and host) compile this file. Texts are in the
 * display language already; numbers stay numbers so the page can sort by them.
 */

/** One engagement of the portfolio. */
export interface PortfolioViewRow {
  /** The store's key of the engagement: what `open` sends back. */
  key: string;
  folder: string;
  id: string;
  title: string;
  customer: string;
  /** Stage index for sorting (6 when the stage is not valid). */
  stage: number;
  /** Stage label in the display language, with the outcome for a closed deal. */
  stageLabel: string;
  daysInStage: number | null;
  budget: number | null;
  priced: number | null;
  budgetText: string;
  pricedText: string;
  deadline: string;
  daysToDeadline: number | null;
  qualification: number | null;
  errors: number;
  warnings: number;
  lastActivity: string;
  owner: string;
  stalled: boolean;
  /** Open, with the bid deadline today or within the next 6 days (the "bids due this week" filter). */
  due: boolean;
}

/** One stage of the pipeline totals. */
export interface PortfolioViewStage {
  label: string;
  count: number;
  value: string;
  weighted: string;
}

/** 售前考评 of one person, as display texts. */
export interface PortfolioViewPerson {
  person: string;
  engagements: number;
  record: string;
  followUps: string;
  gates: string;
  research: string;
  stars: number;
  history: number;
  lossReasons: string;
}

/** One product area of the gap log. */
export interface PortfolioViewGap {
  area: string;
  revenue: string;
  engagements: number;
  types: string;
  won: string;
  /** The area's gap requirements, each a link to its item in requirements.yaml (none without an id). */
  requirements: { key: string; requirement: string; label: string }[];
}

/** A count of rows that needs attention, shown as a button that filters the table to them. */
export interface PortfolioViewFilter {
  only: Exclude<PortfolioOnly, 'all'>;
  /** "Stalled (no activity for more than 30 days): 2", in the display language. */
  text: string;
  count: number;
}

/** The whole portfolio in the display language; `rows` empty when the workspace has no engagement. */
export interface PortfolioViewModel {
  today: string;
  /** Summary lines (pipeline, win rate, loss reasons, currencies). */
  summary: string[];
  /** Stalled and due this week: counts that filter the rows (a list of ids does not scale). */
  filters: PortfolioViewFilter[];
  stages: PortfolioViewStage[];
  rows: PortfolioViewRow[];
  people: PortfolioViewPerson[];
  gaps: PortfolioViewGap[];
}

/** The tabs of the panel (the webview's own state). */
export const PORTFOLIO_TABS = ['engagements', 'people', 'gaps'] as const;
export type PortfolioTab = (typeof PORTFOLIO_TABS)[number];

/** Which rows the engagement table shows besides the text filter (the webview's own state). */
export const PORTFOLIO_ONLY = ['all', 'stalled', 'due'] as const;
export type PortfolioOnly = (typeof PORTFOLIO_ONLY)[number];

/** Columns of the engagement table that sort (the webview's own state). */
export const PORTFOLIO_SORTS = ['customer', 'stage', 'daysInStage', 'budget', 'priced', 'daysToDeadline', 'qualification', 'errors', 'warnings', 'lastActivity', 'owner'] as const;
export type PortfolioSort = (typeof PORTFOLIO_SORTS)[number];

/** Keys of the UI strings the host sends with a snapshot. */
export type PortfolioStringKey =
  | 'empty' | 'heading' | 'tab.engagements' | 'tab.people' | 'tab.gaps' | 'filter.label' | 'shown' | 'stalled'
  | 'column.customer' | 'column.stage' | 'column.daysInStage' | 'column.budget' | 'column.priced' | 'column.daysToDeadline'
  | 'column.qualification' | 'column.errors' | 'column.warnings' | 'column.lastActivity' | 'column.owner'
  | 'stages.stage' | 'stages.count' | 'stages.value' | 'stages.weighted'
  | 'people.person' | 'people.record' | 'people.followUps' | 'people.gates' | 'people.research' | 'people.stars' | 'people.history' | 'people.lossReasons'
  | 'gaps.area' | 'gaps.revenue' | 'gaps.engagements' | 'gaps.types' | 'gaps.won' | 'gaps.none' | 'open.aria'
  | 'deadline.today' | 'deadline.ahead' | 'deadline.past' | 'only.all' | 'gaps.requirements' | 'requirement.aria';

/** Webview → host. */
export type PortfolioWebviewMessage = { type: 'ready' } | { type: 'open'; key: string } | { type: 'openRequirement'; key: string; requirement: string };

/** Host → webview. */
export type PortfolioHostMessage =
  | { type: 'snapshot'; model: PortfolioViewModel; strings: Record<PortfolioStringKey, string> }
  | { type: 'update'; model: PortfolioViewModel };
