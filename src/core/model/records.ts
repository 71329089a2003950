import type { MarkdownKind } from '../method/kinds';
import type {
  ActivityType, Attitude, Category, ConcernId, CustomerPhase, DecisionTypeId, Deviation, DeviationPart, DocStatus,
  GapType, Influence, KanoClass, Language, Mark, Outcome, Procurement, ClauseType, RequirementStatus, ResearchReason,
  ReviewResult, ScoringRule, ScoringType, StageId,
} from '../method/vocabulary';
import type { Heading } from '../parse/markdownHeadings';
import type { SourceFile } from '../parse/sourceFile';
import type { Severity } from '../types';
import type { Source } from './source';

/*
 * The typed records of an engagement (docs/format.md, Format 2 included). The reader (readEngagement.ts) fills
 * them once; rules, status and adapters read nothing else. A field is `undefined` when absent or malformed
 * (the schema reports malformed values, once); ids are strings (a YAML number id becomes its text); dates
 * are valid ISO `YYYY-MM-DD` strings; enum fields hold one of their `method/vocabulary.ts` values.
 * Every record keeps `at` (file + YAML path) so a finding can point at it or at any of its fields.
 */

/** Anything read from a file. */
export interface SourceRecord {
  readonly at: Source;
}

/** An id named by another record (`source`, `with`, `contacts`, `req`), with its own place. */
export interface IdRef extends SourceRecord {
  id: string;
}

/** A money amount as written (`budget`). */
export interface Money {
  amount?: number;
  currency?: string;
}

/** Threshold overrides and severity overrides from `policy:` (defaults come from the rules' meta). */
export interface PolicyOverrides {
  /** Numeric thresholds as written (finite numbers only). */
  values: Readonly<Record<string, number>>;
  /** Per-code severity or `off`. */
  rules: Readonly<Record<string, Severity | 'off'>>;
}

/** `engagement.research`. */
export interface ResearchInfo {
  /** `unknown` when written but not one of the method's reasons. */
  reason?: ResearchReason | 'unknown';
  firstVendor?: boolean;
  customerExperienced?: boolean;
}

/** `engagement.team`. */
export interface Team {
  sales?: string;
  presalesLead?: string;
  presales: string[];
}

/** `engagement.competitors[]`. */
export interface Competitor extends SourceRecord {
  name?: string;
}

/** `engagement.dates`: the two the rules read; every other valid date by key. */
export interface EngagementDates {
  opened?: string;
  bidDeadline?: string;
  other: Readonly<Record<string, string>>;
}

/** `stakeholders.people[]`. */
export interface Person extends SourceRecord {
  index: number;
  id?: string;
  name?: string;
  title?: string;
  type?: DecisionTypeId;
  influence?: Influence;
  attitude?: Attitude;
  /** One entry per written concern, in order (undefined for an unknown one, so indexes match the file). */
  concerns: (ConcernId | undefined)[];
  lastContact?: string;
}

/** `requirements.items[].gap` (Format 2: a reasonable need the product cannot meet today). */
export interface ProductGap {
  type?: GapType;
  area?: string;
}

/** `requirements.items[]`. */
export interface Requirement extends SourceRecord {
  index: number;
  id?: string;
  title?: string;
  kano?: KanoClass;
  reasonable?: boolean;
  status?: RequirementStatus;
  /** Stakeholder ids. */
  source: IdRef[];
  estimate?: number;
  gap?: ProductGap;
}

/** `activities.items[]`. */
export interface Activity extends SourceRecord {
  index: number;
  date?: string;
  type?: ActivityType;
  stage?: StageId;
  with: IdRef[];
  followUp?: string;
  /** True when `follow_up` holds anything at all (an invalid date still counts as recorded). */
  followUpWritten: boolean;
  effortDays?: number;
}

/** `reviews.items[]`. */
export interface Review extends SourceRecord {
  index: number;
  stage?: StageId;
  deliverable?: string;
  date?: string;
  result?: ReviewResult;
  reviewers: string[];
}

/** `pricing.lines[]`. */
export interface PricingLine extends SourceRecord {
  index: number;
  item?: string;
  qty?: number;
  unitPrice?: number;
  /** Format 2: the line's price when it has no qty × unit_price. */
  amount?: number;
  /** Format 2: quoted as an option, not in the total. */
  optional: boolean;
  req: IdRef[];
}

/** One `kind: pricing` file. */
export interface PricingDoc extends SourceRecord {
  currency?: string;
  lines: PricingLine[];
  /** The written `total`. */
  total?: number;
  /** Format 2: 0 < d < 1 a rate, d ≥ 1 an amount. */
  discount?: number;
  /** Export-only: delivery and warranty terms as quoted. */
  delivery?: string;
  warranty?: string;
}

/** `deviation-table.items[]`. */
export interface DeviationRow extends SourceRecord {
  index: number;
  /** The table's `part`. */
  part?: DeviationPart;
  ref?: string;
  mark?: Mark;
  requirement?: string;
  response?: string;
  deviation?: Deviation;
  /** Non-blank evidence entries (a string is one entry). */
  evidence: string[];
  req: IdRef[];
}

/** `tender.clauses[]` (Format 2). */
export interface TenderClause extends SourceRecord {
  index: number;
  ref?: string;
  mark?: Mark;
  text?: string;
  type?: ClauseType;
  /** A competitor's name: a 倾向性条款. */
  favours?: string;
}

/** `tender.scoring[]` (Format 2 fields included). */
export interface ScoringItem extends SourceRecord {
  index: number;
  item?: string;
  points?: number;
  type?: ScoringType;
  rule?: ScoringRule;
  per?: number;
  /** Marks whose negative deviations `deduct` counts (default ["▲"] is the consumer's to apply). */
  marks?: Mark[];
  voidAfter?: number;
  count?: number;
  estimate?: number;
  /** Clause refs the item scores. */
  clauses: string[];
}

/** `tender.competitor_prices[]` (Format 2). */
export interface CompetitorPrice extends SourceRecord {
  name?: string;
  price?: number;
}

/** One `kind: tender` file. */
export interface Tender extends SourceRecord {
  deadline?: string;
  /** `public-tender` when absent; undefined when written but unknown. */
  procurement?: Procurement;
  published?: string;
  budget?: number;
  ceilingPrice?: number;
  currency?: string;
  clauses: TenderClause[];
  scoring: ScoringItem[];
  competitorPrices: CompetitorPrice[];
  /** Export-only: the project name, tender number, delivery and warranty terms as the tender states them. */
  project?: string;
  tenderNo?: string;
  delivery?: string;
  warranty?: string;
}

/** `bid-control.items[]` (控标参数). */
export interface ControlParameter extends SourceRecord {
  index: number;
  module?: string;
  parameter?: string;
  mark?: Mark;
  proof: string[];
  challengeAnswer?: string;
  licence?: string;
  /** Format 2: the tender clause the parameter became. */
  tenderRef?: string;
  /** Format 2: did the customer take our parameter. */
  adopted?: boolean;
  req: IdRef[];
}

/** `interface-form.qualification` (Format 2, 鉴定销售机会). */
export interface Qualification extends SourceRecord {
  budgetConfirmed?: boolean;
  approver?: IdRef;
  decisionCriteria: string[];
  decisionProcess?: string;
  paperProcess?: string;
  pain: string[];
  champion?: IdRef;
  competition: string[];
  customerPhase?: CustomerPhase;
  /** The date of the customer's 立项; `null` when written as null (not approved yet). */
  projectApproved?: string | null;
}

/** One `kind: interface-form` file (售前接口表). */
export interface InterfaceForm extends SourceRecord {
  customer?: string;
  project?: string;
  budget?: number;
  /** A `budget` is written but is no number (`约200万`): the schema reports it, so no rule calls the budget missing. */
  budgetMalformed?: true;
  timeline?: string;
  keyDemands: string[];
  keyAdvantages: string[];
  competitors: string[];
  /** Stakeholder ids. */
  contacts: IdRef[];
  qualification?: Qualification;
}

/** `closure-report` front matter (Format 2). */
export interface ClosureFacts {
  outcome?: Outcome;
  lostTo?: string;
  reasons: string[];
  ourScore?: number;
  winnerScore?: number;
  lessons: string[];
}

/** A Markdown deliverable (front matter + headings). */
export interface Deliverable extends SourceRecord {
  kind: MarkdownKind;
  file: SourceFile;
  stage?: StageId;
  status?: DocStatus;
  owner?: string;
  headings: Heading[];
  /** Only for `closure-report`. */
  closure?: ClosureFacts;
}

/** The engagement, read once from all its files. */
export interface Engagement extends SourceRecord {
  root: string;
  /** engagement.yaml */
  file: SourceFile;
  /** Every file of the engagement, in path order (file-level checks read these). */
  files: SourceFile[];
  id?: string;
  title?: string;
  customer?: string;
  category?: Category;
  /** The current stage, when engagement.yaml names a valid one. */
  stage?: StageId;
  /** `language`, else zh-CN when the title or customer is Chinese. */
  language: Language;
  budget?: Money;
  team: Team;
  competitors: Competitor[];
  dates: EngagementDates;
  research: ResearchInfo;
  policy: PolicyOverrides;
  /** Export-only: our company as bidder, and `export: { docx_template, css }` (paths as written). */
  bidder?: string;
  exportTemplate: { docxTemplate?: string; css?: string };
  people: Person[];
  requirements: Requirement[];
  activities: Activity[];
  reviews: Review[];
  pricing: PricingDoc[];
  deviations: DeviationRow[];
  tenders: Tender[];
  controls: ControlParameter[];
  interfaceForms: InterfaceForm[];
  deliverables: Deliverable[];
}
