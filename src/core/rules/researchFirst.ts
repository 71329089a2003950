import { researchInfo, researchPlanned } from '../model/research';
import type { Localized } from '../types';
import { rangeFor } from './rangeFor';
import type { Rule } from './rule';

const M: Localized = {
  en: 'We are the first vendor to research for a customer without experience of such a project (第一个开展调研): whoever researches first pays for everyone’s education. Keep the research light and make it count for us.',
  'zh-CN': '客户尚无同类项目经验，而我方“第一个开展调研”：先调研者往往替所有厂商交了学费。请控制调研投入，并确保成果为我方所用。',
};

/** `research-first`: research under way or planned, `first_vendor: true`, customer not experienced. */
export const researchFirst: Rule = {
  code: 'research-first',
  run({ engagement: e, out }) {
    const r = researchInfo(e);
    if (r.first_vendor !== true || r.customer_experienced === true) return;
    if (!researchPlanned(e)) return;
    out.report(e.file.path, rangeFor(e.file, [['research', 'first_vendor'], 'value']), 'research-first', M, {
      data: { customerExperienced: r.customer_experienced ?? null },
    });
  },
};
