import type { Localized } from '../types';

/** A field of `interface-form.qualification` (鉴定销售机会), by its name in docs/format.md. */
export type QualificationField =
  | 'budget_confirmed' | 'approver' | 'decision_criteria' | 'decision_process' | 'paper_process' | 'pain' | 'champion' | 'competition';

/** One MEDDPICC element as the deck's 鉴定销售机会 asks it, and the field that answers it. */
export interface QualificationElement {
  /** The MEDDPICC letter. */
  letter: string;
  field: QualificationField;
  label: Localized;
  /** Share of the 0–100 qualification score. */
  points: number;
}

const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/**
 * MEDDPICC mapped to the deck's 鉴定销售机会 (docs/rules.md "Qualification score"). Metrics is read as the
 * money being real (a confirmed budget, 预算落实), the deck's first question; the other letters map one to
 * one. The three the method will not invest without (budget, approver, criteria) weigh most.
 */
export const QUALIFICATION: readonly QualificationElement[] = [
  { letter: 'M', field: 'budget_confirmed', label: t('预算已落实', 'Budget confirmed'), points: 20 },
  { letter: 'E', field: 'approver', label: t('拍板者（经济决策人）', 'Economic buyer (approver)'), points: 20 },
  { letter: 'D', field: 'decision_criteria', label: t('决策标准', 'Decision criteria'), points: 15 },
  { letter: 'D', field: 'decision_process', label: t('决策流程', 'Decision process'), points: 10 },
  { letter: 'P', field: 'paper_process', label: t('采购与合同流程', 'Paper process'), points: 10 },
  { letter: 'I', field: 'pain', label: t('痛点', 'Identified pain'), points: 10 },
  { letter: 'C', field: 'champion', label: t('拥护者', 'Champion'), points: 10 },
  { letter: 'C', field: 'competition', label: t('竞争态势', 'Competition'), points: 5 },
];

/** The fields without which the method does not invest in research or a solution (`unqualified-investment`). */
export const QUALIFYING_FIELDS: readonly QualificationField[] = ['budget_confirmed', 'approver', 'decision_criteria'];

/** What an interface form (售前接口表) must hold once kickoff is left (`form-incomplete`). */
export const FORM_FIELDS = ['key_demands', 'budget', 'contacts'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** Field labels for messages, both languages. */
export const FORM_FIELD_LABEL: Record<FormField, Localized> = {
  key_demands: t('客户关键诉求（key_demands）', 'key demands (key_demands)'),
  budget: t('客户预算（budget）', 'budget (budget)'),
  contacts: t('客户联系人（contacts）', 'contacts (contacts)'),
};
