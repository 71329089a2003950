import { QUALIFICATION, type QualificationField } from '../method/qualification';
import { stageIndex, STAGES } from '../method/stages';
import { currentStageIndex } from '../model/engagement';
import { becomesHistory } from '../model/findingTiming';
import { qualificationScore, qualifyingForm } from '../model/qualificationScore';
import { nearestRange, where, whereFirst } from '../model/source';
import type { Language, Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: 'We are investing ({stage}) in an opportunity not yet qualified (鉴定销售机会): the interface form’s `qualification` lacks {missing} (qualification score {score}/100). Confirm the budget, the approver and how the customer will decide before spending more presales days.',
  'zh-CN': '商机尚未完成“鉴定销售机会”，就已在「{stage}」阶段投入售前资源：售前接口表的 qualification 缺少{missing}（鉴定得分 {score}/100）。请先确认预算是否落实、谁来拍板、客户按什么标准决策，再继续投入。',
};

const PAST: Localized = {
  en: 'The opportunity was worked through to {stage} without being qualified (鉴定销售机会): the interface form’s `qualification` lacks {missing} (qualification score {score}/100). For the presales evaluation (售前考评): qualify before investing next time.',
  'zh-CN': '商机未完成“鉴定销售机会”就一路投入到「{stage}」阶段：售前接口表的 qualification 缺少{missing}（鉴定得分 {score}/100）。记入售前考评：今后请先鉴定再投入。',
};

/** No interface form at all: missing-deliverable names the missing form at the same `stage:`, so this says only what is unqualified. */
const NO_FORM: Localized = {
  en: 'We are investing ({stage}) in an opportunity not yet qualified (鉴定销售机会): nothing records whether the budget is confirmed, who approves or how the customer will decide (qualification score {score}/100). Qualify it (the interface form’s `qualification`) before spending more presales days.',
  'zh-CN': '商机尚未完成“鉴定销售机会”，就已在「{stage}」阶段投入售前资源：预算是否落实、谁来拍板、客户按什么标准决策都没有记录（鉴定得分 {score}/100）。请先鉴定商机（记入售前接口表的 qualification），再继续投入。',
};
const NO_FORM_PAST: Localized = {
  en: 'The opportunity was worked through to {stage} without being qualified (鉴定销售机会): no budget, approver or decision criteria were ever recorded. For the presales evaluation (售前考评): qualify before investing next time.',
  'zh-CN': '商机未完成“鉴定销售机会”就一路投入到「{stage}」阶段：预算、拍板者、决策标准始终没有记录，记入售前考评：今后请先鉴定再投入。',
};

const label = (field: QualificationField, lang: Language) => QUALIFICATION.find((q) => q.field === field)!.label[lang];

/**
 * `unqualified-investment`: from the research stage on, the qualification (interface-form `qualification`)
 * lacks a confirmed budget, an approver or decision criteria (method/qualification.ts QUALIFYING_FIELDS).
 * An engagement with no qualification at all gets it too (docs/format.md, Format 2).
 */
export const unqualifiedInvestment = defineRule({
  meta: {
    code: 'unqualified-investment',
    severity: 'warning',
    term: '鉴定销售机会',
    summary: { 'zh-CN': '商机未鉴定就投入', en: 'Investing in an unqualified opportunity' },
    description: {
      'zh-CN': '已进入调研或更后的阶段，但商机鉴定缺少预算落实、拍板者或决策标准。没有鉴定的商机，投入的调研和方案很可能付诸东流。',
      en: 'The engagement is in research or later, but its qualification lacks a confirmed budget, an approver or the decision criteria. Research and solution work on an unqualified opportunity is often wasted.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('unqualified-investment'),
    explain: {
      fires: {
        'zh-CN': '已进入调研或更后阶段，但机会鉴定缺少已确认的预算、拍板者或决策标准。',
        en: 'In research or later, the qualification lacks a confirmed budget, an approver or the decision criteria.',
      },
      example: 'kind: interface-form\nqualification:\n  budget_confirmed: false\n  # no approver, no decision criteria',
      fix: {
        'zh-CN': '先鉴定销售机会：确认预算、拍板者与决策标准；否则暂停投入。',
        en: 'Qualify first: confirm the budget, the approver and the decision criteria; otherwise pause the investment.',
      },
    },
  },
  run({ engagement: e, language, report }) {
    const current = currentStageIndex(e);
    if (current < stageIndex('research')) return;
    const form = qualifyingForm(e.interfaceForms);
    const q = form?.qualification;
    const { score, missing } = qualificationScore(q);
    if (missing.length === 0) return;
    // At the first missing field when it is written (`budget_confirmed: false`), else the `qualification` key.
    const at = q ? whereFirst(q.at, [[missing[0]], 'value'], [[], 'key']) : form ? nearestRange(form.at, ['kind'], 'key') : where(e.at, 'stage');
    const past = becomesHistory('unqualified-investment', current);
    report(at, form ? (past ? PAST : M) : past ? NO_FORM_PAST : NO_FORM, {
      params: { stage: STAGES[current].label[language], missing: missing.map((f) => (language === 'en' ? `"${label(f, language)}"` : `“${label(f, language)}”`)).join(language === 'en' ? ', ' : '、'), score },
      data: { missing, score },
    });
  },
});
