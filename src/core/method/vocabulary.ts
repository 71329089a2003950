/**
 * The method's closed vocabularies (docs/format.md), one `as const` list each; the types derive from the
 * lists, and the model reader accepts exactly these values. Stages live in stages.ts, concerns and
 * decision-maker types in concerns.ts, kinds in kinds.ts.
 */

/** The six stages of the presales process, in order (their specs: stages.ts). */
export const STAGE_IDS = ['kickoff', 'introduction', 'research', 'solution', 'bidding', 'closure'] as const;
/** The eight customer concerns (客户的关注点; their specs: concerns.ts). */
export const CONCERN_IDS = ['price', 'function', 'performance', 'usability', 'cost-of-use', 'risk', 'assurance', 'brand'] as const;
/** The four decision-maker types (决策者类型; their specs: concerns.ts). */
export const DECISION_TYPE_IDS = ['approver', 'it-decider', 'business-decider', 'user'] as const;
/** Display and finding languages. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
/** `engagement.category`. */
export const CATEGORIES = ['product', 'solution', 'consulting'] as const;
/** `engagement.research.reason`. */
export const RESEARCH_REASONS = ['approval-blocked', 'progress-blocked', 'fierce-competition', 'none'] as const;
/** `stakeholders.people[].influence`. */
export const INFLUENCES = ['high', 'medium', 'low'] as const;
/** `stakeholders.people[].attitude`. */
export const ATTITUDES = ['champion', 'supporter', 'neutral', 'skeptic', 'opponent'] as const;
/** `requirements.items[].kano` (需求的划分). */
export const KANO_CLASSES = ['basic', 'performance', 'excitement'] as const;
/** `requirements.items[].status`. */
export const REQUIREMENT_STATUSES = ['met', 'partial', 'unmet', 'out-of-scope'] as const;
/** `requirements.items[].gap.type` (Format 2 product-gap log). */
export const GAP_TYPES = ['deal-breaker', 'challenge', 'nice-to-have'] as const;
/** `activities.items[].type`. */
export const ACTIVITY_TYPES = ['visit', 'demo', 'briefing', 'research', 'test', 'training', 'bid'] as const;
/** Deviation and clause marks: ★ voids the bid when missed, ▲ costs points, "" neither. */
export const MARKS = ['★', '▲', ''] as const;
/** `deviation-table.items[].deviation`. */
export const DEVIATIONS = ['none', 'positive', 'negative'] as const;
/** `deviation-table.part`. */
export const DEVIATION_PARTS = ['technical', 'commercial'] as const;
/** `tender.procurement` (Format 2); `public-tender` when absent. */
export const PROCUREMENTS = ['public-tender', 'invited-tender', 'competitive-negotiation', 'competitive-consultation', 'single-source', 'inquiry'] as const;
/** `tender.clauses[].type` (Format 2). */
export const CLAUSE_TYPES = ['technical', 'commercial', 'qualification'] as const;
/** `tender.scoring[].type`. */
export const SCORING_TYPES = ['price', 'technical', 'commercial'] as const;
/** `tender.scoring[].rule` (Format 2). */
export const SCORING_RULES = ['price-low', 'deduct', 'count', 'judged'] as const;
/** `interface-form.qualification.customer_phase` (Format 2). */
export const CUSTOMER_PHASES = ['appeal', 'formal-exchange', 'tender'] as const;
/** Markdown front matter `status`. */
export const DOC_STATUSES = ['draft', 'review', 'final'] as const;
/** `reviews.items[].result`. */
export const REVIEW_RESULTS = ['pass', 'fail'] as const;
/** `closure-report` front matter `outcome` (Format 2). */
export const OUTCOMES = ['won', 'lost', 'abandoned', 'no-decision'] as const;

export type StageId = (typeof STAGE_IDS)[number];
export type ConcernId = (typeof CONCERN_IDS)[number];
export type DecisionTypeId = (typeof DECISION_TYPE_IDS)[number];
export type Language = (typeof LANGUAGES)[number];
export type Category = (typeof CATEGORIES)[number];
export type ResearchReason = (typeof RESEARCH_REASONS)[number];
export type Influence = (typeof INFLUENCES)[number];
export type Attitude = (typeof ATTITUDES)[number];
export type KanoClass = (typeof KANO_CLASSES)[number];
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];
export type GapType = (typeof GAP_TYPES)[number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type Mark = (typeof MARKS)[number];
export type Deviation = (typeof DEVIATIONS)[number];
export type DeviationPart = (typeof DEVIATION_PARTS)[number];
export type Procurement = (typeof PROCUREMENTS)[number];
export type ClauseType = (typeof CLAUSE_TYPES)[number];
export type ScoringType = (typeof SCORING_TYPES)[number];
export type ScoringRule = (typeof SCORING_RULES)[number];
export type CustomerPhase = (typeof CUSTOMER_PHASES)[number];
export type DocStatus = (typeof DOC_STATUSES)[number];
export type ReviewResult = (typeof REVIEW_RESULTS)[number];
export type Outcome = (typeof OUTCOMES)[number];

/** The value when it is one of `list`, else undefined (the schema reports the bad value, once). */
export function oneOf<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (list as readonly string[]).includes(value) ? (value as T) : undefined;
}
