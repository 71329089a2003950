import { currentStageIndex } from '../model/engagement';
import { becomesHistory } from '../model/findingTiming';
import { researchPlanned } from '../model/research';
import { where } from '../model/source';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const PAST: Localized = {
  en: 'We researched first (第一个开展调研) for a customer without experience of such a project: for the presales evaluation (售前考评) — whoever researches first pays for everyone’s education.',
  'zh-CN': '客户尚无同类项目经验，而我方“第一个开展调研”，先调研者往往替所有厂商交了学费。调研已结束，记入售前考评。',
};
const M: Localized = {
  en: 'We are the first vendor to research for a customer without experience of such a project (第一个开展调研): whoever researches first pays for everyone’s education. Keep the research light and make it count for us.',
  'zh-CN': '客户尚无同类项目经验，而我方“第一个开展调研”：先调研者往往替所有厂商交了学费。请控制调研投入，并确保成果为我方所用。',
};

/** `research-first`: research under way or planned, `first_vendor: true`, customer not experienced. */
export const researchFirst = defineRule({
  meta: {
    code: 'research-first',
    severity: 'info',
    term: '第一个开展调研',
    summary: { 'zh-CN': '第一个开展调研', en: 'We research first for an inexperienced customer' },
    description: {
      'zh-CN': '客户没有同类项目经验，而我方是第一个调研的厂商。先调研者往往替所有厂商教育了客户：调研要轻，成果要为我方所用（例如写进招标参数）。',
      en: 'The customer has no experience of such a project and we are the first vendor to research. The first researcher often educates the customer for every competitor: keep it light and make the results count for us (e.g. in the tender specs).',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('research-first'),
    explain: {
      fires: {
        'zh-CN': '客户没有同类项目经验（`customer_experienced: false`），而我方是第一个开展调研的厂商（`first_vendor: true`）。',
        en: 'The customer has no experience of such a project (`customer_experienced: false`) and we research first (`first_vendor: true`).',
      },
      example: 'kind: engagement\nresearch:\n  reason: fierce-competition\n  first_vendor: true\n  customer_experienced: false',
      fix: {
        'zh-CN': '轻量调研，并让调研成果为我方所用（例如写进招标参数）。',
        en: 'Keep the research light and make its results count for us (e.g. in the tender specs).',
      },
    },
  },
  run({ engagement: e, report }) {
    const r = e.research;
    if (r.firstVendor !== true || r.customerExperienced === true) return;
    if (!researchPlanned(e)) return;
    report(where(e.at, ['research', 'first_vendor']), becomesHistory('research-first', currentStageIndex(e)) ? PAST : M, { data: { customerExperienced: r.customerExperienced ?? null } });
  },
});
