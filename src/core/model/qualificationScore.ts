import { QUALIFICATION, QUALIFYING_FIELDS, type QualificationField } from '../method/qualification';
import type { InterfaceForm, Qualification } from './records';

/** One element of the score and whether the form answers it. */
export interface QualificationItem {
  letter: string;
  field: QualificationField;
  met: boolean;
  points: number;
}

/** The qualification of an engagement: 0–100 and its elements (no qualification at all scores 0). */
export interface QualificationScore {
  score: number;
  items: QualificationItem[];
  /** The qualifying fields (budget, approver, criteria) still missing. */
  missing: QualificationField[];
}

/** True when the field holds an answer: `true` for the budget, a non-blank id or text, a non-empty list. */
export function answered(q: Qualification | undefined, field: QualificationField): boolean {
  if (!q) return false;
  switch (field) {
    case 'budget_confirmed': return q.budgetConfirmed === true;
    case 'approver': return !!q.approver?.id.trim();
    case 'champion': return !!q.champion?.id.trim();
    case 'decision_criteria': return q.decisionCriteria.length > 0;
    case 'pain': return q.pain.length > 0;
    case 'competition': return q.competition.length > 0;
    case 'decision_process': return !!q.decisionProcess?.trim();
    case 'paper_process': return !!q.paperProcess?.trim();
  }
}

/** Scores a qualification by the MEDDPICC elements of `method/qualification.ts`. */
export function qualificationScore(q: Qualification | undefined): QualificationScore {
  const items = QUALIFICATION.map((el) => ({ letter: el.letter, field: el.field, met: answered(q, el.field), points: el.points }));
  return {
    score: items.reduce((s, i) => s + (i.met ? i.points : 0), 0),
    items,
    missing: QUALIFYING_FIELDS.filter((f) => !answered(q, f)),
  };
}

/** The form the engagement qualifies with: the first interface form that has a qualification, else the first form. */
export function qualifyingForm(forms: readonly InterfaceForm[]): InterfaceForm | undefined {
  return forms.find((f) => f.qualification) ?? forms[0];
}
