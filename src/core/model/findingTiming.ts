import { HISTORY_AFTER } from '../method/timing';
import { stageIndex } from '../method/stages';
import type { Finding, Severity } from '../types';

/**
 * The stage a finding is about, when the method's timing (HISTORY_AFTER) says it has one: the code's own
 * stage, or — for `'own'` codes — the stage the finding names in `data.stage`.
 */
export function aboutStage(finding: Finding): string | undefined {
  const rule = HISTORY_AFTER[finding.code];
  if (rule === undefined) return undefined;
  if (rule !== 'own') return rule;
  const stage = finding.data?.stage;
  return typeof stage === 'string' ? stage : undefined;
}

/** True when a finding speaks of a stage the engagement (at stage index `current`) has already left. */
export function isHistory(finding: Finding, current: number): boolean {
  const about = aboutStage(finding);
  if (about === undefined || current < 0) return false;
  const i = stageIndex(about);
  return i >= 0 && i < current;
}

/**
 * The same judgement before a finding exists, so a rule can word it as the record rather than as work:
 * will a finding of `code` (about `stage`, for `'own'` codes) be history at stage index `current`?
 */
export function becomesHistory(code: string, current: number, stage?: string): boolean {
  const rule = HISTORY_AFTER[code];
  if (rule === undefined || current < 0) return false;
  const i = stageIndex(rule === 'own' ? stage : rule);
  return i >= 0 && i < current;
}

/**
 * Marks the findings about a stage already left as history (`data.history: true`) and makes them
 * information: the 售前考评 record, not work for today. A severity the team set for the code in
 * `policy.rules` still wins (a team may want its gates loud); `'off'` codes never reach here.
 * Linear in the number of findings; mutates and returns the same array.
 */
export function applyTiming(findings: Finding[], current: number, policyRules: Readonly<Record<string, Severity | 'off'>> = {}): Finding[] {
  for (const f of findings) {
    if (!isHistory(f, current)) continue;
    const chosen = policyRules[f.code];
    f.severity = chosen && chosen !== 'off' ? chosen : 'info';
    f.data = { ...f.data, history: true };
  }
  return findings;
}
