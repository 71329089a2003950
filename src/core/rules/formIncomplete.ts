import { FORM_FIELD_LABEL, type FormField } from '../method/qualification';
import { currentStageIndex } from '../model/engagement';
import { becomesHistory } from '../model/findingTiming';
import type { InterfaceForm } from '../model/records';
import { nearestRange, whereFirst } from '../model/source';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: 'The kickoff stage is behind us, but the interface form (售前接口表) has no {missing}. Every later stage starts from this form: ask the sales lead and fill it in.',
  'zh-CN': '启动阶段已经走过，但售前接口表缺少{missing}。后续每个阶段都从接口表出发：请与销售确认后补全。',
};

const PAST: Localized = {
  en: 'The interface form (售前接口表) was never completed: it has no {missing}. For the presales evaluation (售前考评).',
  'zh-CN': '售前接口表始终未补全，缺少{missing}，记入售前考评。',
};

/** The fields of the form that hold nothing (method/qualification.ts FORM_FIELDS). */
export function formGaps(form: InterfaceForm): FormField[] {
  const gaps: FormField[] = [];
  if (form.keyDemands.length === 0) gaps.push('key_demands');
  // A budget written wrong (`约200万`, `-5`) is the schema's finding at the value, not a missing budget.
  if (form.budget === 0 || (form.budget === undefined && !form.budgetMalformed)) gaps.push('budget');
  if (form.contacts.length === 0) gaps.push('contacts');
  return gaps;
}

/**
 * `form-incomplete`: once kickoff is left, an interface form with no `key_demands`, no `budget` or no
 * `contacts`. One finding per form, at its first empty field. No form at all is `missing-deliverable`'s.
 */
export const formIncomplete = defineRule({
  meta: {
    code: 'form-incomplete',
    severity: 'warning',
    term: '售前接口表',
    summary: { 'zh-CN': '售前接口表不完整', en: 'The interface form is incomplete' },
    description: {
      'zh-CN': '启动阶段结束后，售前接口表仍缺少客户关键诉求、预算或联系人。接口表是销售向售前交接商机的唯一入口，后续每个阶段都从它出发。',
      en: 'After kickoff, the interface form still lacks the key demands, the budget or the contacts. The form is how sales hands the opportunity to presales; every later stage starts from it.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('form-incomplete'),
    explain: {
      fires: {
        'zh-CN': '启动阶段之后，售前接口表仍缺少关键诉求、预算或联系人。',
        en: 'After kickoff, the interface form still lacks the key demands, the budget or the contacts.',
      },
      example: 'kind: interface-form\nkey_demands: []     # empty\ncontacts: []',
      fix: {
        'zh-CN': '请销售补全接口表：关键诉求、预算、联系人。',
        en: 'Have sales complete the form: key demands, budget, contacts.',
      },
    },
  },
  run({ engagement: e, language, report }) {
    const current = currentStageIndex(e);
    if (current < 1) return;
    const message = becomesHistory('form-incomplete', current) ? PAST : M;
    for (const form of e.interfaceForms) {
      const gaps = formGaps(form);
      if (gaps.length === 0) continue;
      const at = form.at.file.yaml ? whereFirst(form.at, [[gaps[0]], 'key'], [['kind'], 'key']) : nearestRange(form.at);
      report(at, message, {
        params: { missing: gaps.map((g) => FORM_FIELD_LABEL[g][language]).join(language === 'en' ? ', ' : '、') },
        data: { missing: gaps },
      });
    }
  },
});
