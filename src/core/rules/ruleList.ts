import type { Severity } from '../types';
import { bareResponse } from './bareResponse';
import { basicNeedUnmet } from './basicNeedUnmet';
import { biasedClause } from './biasedClause';
import { bidDeadline } from './bidDeadline';
import { blindYes } from './blindYes';
import { clauseUnanswered } from './clauseUnanswered';
import { closureIncomplete } from './closureIncomplete';
import { concernUncovered } from './concernUncovered';
import { controlUnproven } from './controlUnproven';
import { currencyMismatch } from './currencyMismatch';
import { customerNotUser } from './customerNotUser';
import { danglingReference } from './danglingReference';
import { decisionMakerGap } from './decisionMakerGap';
import { demandUntraced } from './demandUntraced';
import { deviationContradiction } from './deviationContradiction';
import { estimateOverBudget } from './estimateOverBudget';
import { formIncomplete } from './formIncomplete';
import { followUpOverdue } from './followUpOverdue';
import { gateNotMet } from './gateNotMet';
import { missingDeliverable } from './missingDeliverable';
import { needUnanswered } from './needUnanswered';
import { opponentUnhandled } from './opponentUnhandled';
import { overInvestment } from './overInvestment';
import { priceOverCeiling } from './priceOverCeiling';
import { researchFirst } from './researchFirst';
import { researchWithoutNeed } from './researchWithoutNeed';
import type { PolicyOverrides } from '../model/records';
import type { Rule, RuleMeta } from './rule';
import { scopeCreep } from './scopeCreep';
import { scoreLoss } from './scoreLoss';
import { scopeUntraced } from './scopeUntraced';
import { staleContact } from './staleContact';
import { starNegativeDeviation } from './starNegativeDeviation';
import { STRUCTURE_CODES } from './structureCodes';
import { totalMismatch } from './totalMismatch';
import { unqualifiedInvestment } from './unqualifiedInvestment';
import { vacuousEvidence } from './vacuousEvidence';

/** Every engagement-level rule, in report order. Adding a rule means one file, one line here and its test. */
export const RULES: readonly Rule[] = [
  missingDeliverable,
  danglingReference,
  scopeCreep,
  blindYes,
  followUpOverdue,
  researchWithoutNeed,
  researchFirst,
  customerNotUser,
  overInvestment,
  decisionMakerGap,
  staleContact,
  // The method's judgement (Format 2): the interface form and qualification, the early circuit breaker, opponents.
  formIncomplete,
  demandUntraced,
  unqualifiedInvestment,
  estimateOverBudget,
  opponentUnhandled,
  basicNeedUnmet,
  // Traceability (#14): what the solution answers and what the quote prices.
  needUnanswered,
  scopeUntraced,
  starNegativeDeviation,
  bareResponse,
  // The bid guard (Format 2): what voids a bid or silently costs points.
  priceOverCeiling,
  clauseUnanswered,
  deviationContradiction,
  vacuousEvidence,
  scoreLoss,
  controlUnproven,
  biasedClause,
  totalMismatch,
  currencyMismatch,
  bidDeadline,
  concernUncovered,
  // The closure stage: the win/loss reading.
  closureIncomplete,
  gateNotMet,
];

/** Every code the product emits, with its meta: file-check codes first, then the rules'. Names are a public contract. */
export const CODE_META: readonly RuleMeta[] = [...STRUCTURE_CODES, ...RULES.map((r) => r.meta)];

const BY_CODE = new Map<string, RuleMeta>(CODE_META.map((m) => [m.code, m]));

/** The meta of a code, or undefined for a code the product never emits. */
export function codeMeta(code: string): RuleMeta | undefined {
  return BY_CODE.get(code);
}

/** A code's default severity (`warning` for an unknown code). */
export function defaultSeverity(code: string): Severity {
  return BY_CODE.get(code)?.severity ?? 'warning';
}

/** The method's pitfall codes (误区), derived from `meta.pitfall`. */
export const PITFALL_CODES: ReadonlySet<string> = new Set(CODE_META.filter((m) => m.pitfall).map((m) => m.code));

/** Codes the extension has a quick fix for, derived from `meta.fixable`. */
export const FIXABLE_CODES: ReadonlySet<string> = new Set(CODE_META.filter((m) => m.fixable).map((m) => m.code));

/** Every policy threshold a rule declares, with its default and the code that reads it (a key shared by rules appears once per rule). */
export const POLICY_THRESHOLDS: readonly { key: string; default: number; code: string }[] = CODE_META.flatMap((m) =>
  m.thresholds.map((t) => ({ key: t.key, default: t.default, code: m.code })),
);

const DEFAULTS = new Map(POLICY_THRESHOLDS.map((t) => [t.key, t.default]));

/** A threshold under an engagement's policy: its `policy:` value, else the rule's default. Throws for an undeclared key. */
export function policyValue(policy: PolicyOverrides, key: string): number {
  const fallback = DEFAULTS.get(key);
  if (fallback === undefined) throw new Error(`No rule declares the policy threshold "${key}".`);
  return policy.values[key] ?? fallback;
}
