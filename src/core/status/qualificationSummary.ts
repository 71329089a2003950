import { QUALIFICATION, type QualificationField } from '../method/qualification';
import { qualificationScore, qualifyingForm } from '../model/qualificationScore';
import type { Engagement } from '../model/records';
import type { Localized } from '../types';

/** The qualification score (鉴定销售机会, MEDDPICC) for the views. */
export interface QualificationSummary {
  /** 0–100 (docs/rules.md "Qualification score"). */
  score: number;
  items: { letter: string; field: QualificationField; label: Localized; met: boolean; points: number }[];
  /** The qualifying fields still missing (what `unqualified-investment` asks for). */
  missing: QualificationField[];
}

/** The qualification of the engagement's interface form; undefined when there is no form at all. */
export function qualificationSummary(e: Engagement): QualificationSummary | undefined {
  const form = qualifyingForm(e.interfaceForms);
  if (!form) return undefined;
  const s = qualificationScore(form.qualification);
  return { score: s.score, missing: s.missing, items: s.items.map((i, k) => ({ ...i, label: QUALIFICATION[k].label })) };
}
