import { stageIndex } from '../method/stages';
import { currentStageIndex } from '../model/engagement';
import { becomesHistory } from '../model/findingTiming';
import { where } from '../model/source';
import { traceability } from '../model/traceability';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: '{id} “{title}” is a basic need (基本需求), but no solution document answers it: its id appears nowhere in the text the customer reads. Say how the solution meets it and cite {id} there — a basic need the proposal is silent on reads as not met.',
  'zh-CN': '{id}“{title}”是基本需求，但解决方案中没有任何回应：客户可见的正文中找不到这个需求编号。请在方案中说明如何满足，并注明 {id}——方案对基本需求只字不提，客户会认为没有满足。',
};

const PAST: Localized = {
  en: '{id} “{title}” is a basic need (基本需求), and the solution never answered it (its id appears nowhere in the text the customer reads): for the presales evaluation (售前考评); make sure the bid answers it point by point.',
  'zh-CN': '{id}“{title}”是基本需求，解决方案始终没有回应（客户可见的正文中找不到这个需求编号），记入售前考评；请确认标书已逐条回应。',
};

/**
 * `need-unanswered`: from the solution stage on, once a solution document exists, a Kano `basic` requirement
 * (not `unmet`: basic-need-unmet speaks then; not `out-of-scope`) whose id no customer-visible line of a
 * solution names and no deviation row cites (model/traceability.ts). Silent before the solution stage: nothing is answered yet then;
 * from the bidding stage on it is the 售前考评 record (information), since the bid answers the needs now.
 */
/** A deviation row that cites the need answers it in the bid, point by point, as much as a solution line does. */
const isAnswered = (t: { answered: readonly unknown[]; deviations: readonly unknown[] }): boolean => t.answered.length > 0 || t.deviations.length > 0;

export const needUnanswered = defineRule({
  meta: {
    code: 'need-unanswered',
    severity: 'warning',
    term: '基本需求',
    summary: { 'zh-CN': '基本需求在方案中无回应', en: 'A basic need is answered nowhere in the solution' },
    description: {
      'zh-CN': '需求清单中的基本需求，在解决方案客户可见的正文里找不到对应的回应（未引用其需求编号；注释、代码块和标题不算）。基本需求是客户认为理所当然的部分，方案对它只字不提，评审时就会被当作不满足。',
      en: 'A basic need of the requirement list is answered nowhere in the customer-visible text of the solution (no line cites its id; comments, code and headings do not count). Basic needs are taken for granted: a proposal that is silent on one is read as not meeting it.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('need-unanswered'),
    explain: {
      fires: {
        'zh-CN': '从方案阶段起，某条基本需求（`kano: basic`）的编号没有出现在解决方案客户可见的正文中（注释、代码块和标题不算）。',
        en: 'From the solution stage on, a basic need’s id (`kano: basic`) appears nowhere in the customer-visible text of the solution (comments, code and headings do not count).',
      },
      example: '# requirements.yaml: REQ-001 Online booking, kano: basic\n## D Overall design\n\nThe portal offers appointment reminders.   <!-- REQ-001 is never cited -->',
      format: 'markdown',
      fix: {
        'zh-CN': '在方案正文中写明如何满足该需求，并引用其编号（如“REQ-001：网上预约……”）。',
        en: 'Say in the solution how the need is met and cite its id (e.g. “REQ-001: online booking …”).',
      },
    },
  },
  run({ engagement: e, report }) {
    const current = currentStageIndex(e);
    if (current < stageIndex('solution')) return;
    const message = becomesHistory('need-unanswered', current) ? PAST : M;
    const trace = traceability(e);
    if (!trace.hasSolution) return;
    for (const t of trace.requirements) {
      if (t.kano !== 'basic' || t.status === 'unmet' || t.status === 'out-of-scope' || isAnswered(t)) continue;
      report(where(t.requirement.at, 'id'), message, { params: { id: t.id, title: t.title ?? '' }, data: { id: t.id } });
    }
  },
});
