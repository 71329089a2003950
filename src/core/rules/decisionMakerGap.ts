import { DECISION_TYPES, type DecisionTypeId } from '../method/concerns';
import { stageIndex } from '../method/stages';
import { lastContact } from '../model/contacts';
import { becomesHistory } from '../model/findingTiming';
import { quietBehaviour } from '../model/quietPeriod';
import { formatMessage } from '../text/formatMessage';
import { currentStageIndex } from '../model/engagement';
import { peoplePlace } from '../model/peoplePlace';
import { where } from '../model/source';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const MISSING: Localized = {
  en: 'No {type} is mapped. The customer’s decision model (客户的决策模式) needs both the approver and the IT decider on our side by the solution stage; find who it is and add them.',
  'zh-CN': '干系人中没有{type}。按“客户的决策模式”，进入方案阶段前应同时掌握拍板者和IT技术抉择者；请找出此人并补充。',
};
const UNCONTACTED: Localized = {
  en: '{name} ({type}) has never been contacted: no `last_contact` and no activity with them. Per the customer’s decision model (客户的决策模式), meet them before the solution is decided.',
  'zh-CN': '{name}（{type}）从未接触过：既无 last_contact，也无相关活动。按“客户的决策模式”，请在方案定型前当面沟通。',
};
/** The quiet period's version: no private contact; the record, the bid documents and the formal channel. */
const QUIET: Localized = {
  en: '{gap}. The tender is in its quiet period: do not approach the customer’s evaluators privately. Make the bid itself answer what the {type} cares about, and raise questions only through the formal clarification channel (澄清/答疑); the gap goes into the presales evaluation (售前考评).',
  'zh-CN': '{gap}。招标已进入静默期，切勿私下接触客户的评标相关人员：请让标书本身回应{type}关心的问题，如有疑问只通过正式的澄清/答疑渠道提出；此缺口记入售前考评。',
};
const PAST: Localized = {
  en: '{gap} (the customer’s decision model, 客户的决策模式): for the presales evaluation (售前考评).',
  'zh-CN': '{gap}（客户的决策模式），记入售前考评。',
};
const GAP = {
  missing: { en: 'No {type} is mapped', 'zh-CN': '干系人中没有{type}' },
  'never-contacted': { en: '{name} ({type}) was never contacted', 'zh-CN': '{name}（{type}）从未接触过' },
} satisfies Record<string, Localized>;
const KEY_TYPES: DecisionTypeId[] = ['approver', 'it-decider'];

/** `decision-maker-gap`: from the solution stage on, no approver / IT decider mapped, or none of them ever contacted. */
export const decisionMakerGap = defineRule({
  meta: {
    code: 'decision-maker-gap',
    severity: 'warning',
    term: '客户的决策模式',
    summary: { 'zh-CN': '决策链有缺口', en: 'A key decision maker is missing or not contacted' },
    description: {
      'zh-CN': '从方案阶段起，干系人中没有拍板者或IT技术抉择者，或者此人从未接触过。客户的决策由拍板者和技术抉择者共同完成，缺一方就无法影响选型。',
      en: 'From the solution stage on, no approver or no IT decider is mapped, or they were never contacted. The approver and the IT decider make the decision together; missing either leaves the selection out of our reach.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('decision-maker-gap'),
    explain: {
      fires: {
        'zh-CN': '方案阶段及以后，没有映射拍板者或 IT技术抉择者，或从未与其联系（`last_contact` 为空）。',
        en: 'From the solution stage on, no approver or no IT decider is mapped, or one was never contacted (no `last_contact`).',
      },
      example: 'kind: stakeholders\npeople:\n  - id: ann-chief\n    type: approver\n    # no last_contact\n# and no it-decider at all',
      fix: {
        'zh-CN': '找到并接触缺失的决策者，记录拜访活动和 `last_contact`。',
        en: 'Find and meet the missing decision maker; log the visit and their `last_contact`.',
      },
    },
  },
  run({ engagement: e, today, language, report }) {
    if (currentStageIndex(e) < stageIndex('solution')) return;
    const quiet = quietBehaviour('decision-maker-gap', e, today);
    if (quiet === 'silent') return;
    // In the quiet period the gap cannot be closed privately: information pointing to the formal channel.
    // After the bid the gap is the record (method/timing.ts), worded as such.
    const past = becomesHistory('decision-maker-gap', currentStageIndex(e));
    const say = (normal: Localized, reason: keyof typeof GAP, params: Record<string, unknown>) => {
      const gap = { ...params, gap: formatMessage(GAP[reason], language, params) };
      if (past) return { message: PAST, params: gap };
      return quiet ? { message: QUIET, severity: 'info' as const, params: gap } : { message: normal, params };
    };
    for (const type of KEY_TYPES) {
      const label = DECISION_TYPES.find((d) => d.id === type)!.label[language];
      const ofType = e.people.filter((p) => p.type === type);
      if (ofType.length === 0) {
        const { message, ...options } = say(MISSING, 'missing', { type: label });
        report(peoplePlace(e), message, { ...options, data: { type, reason: 'missing', quietPeriod: !!quiet } });
        continue;
      }
      // One contacted person of the type covers it; otherwise each of them is a gap to close.
      if (ofType.some((p) => lastContact(e, p, today))) continue;
      for (const p of ofType) {
        const { message, ...options } = say(UNCONTACTED, 'never-contacted', { name: p.name ?? (p.id?.trim() || '?'), type: label });
        report(where(p.at, [], 'key'), message, { ...options, data: { type, reason: 'never-contacted', id: p.id ?? null, quietPeriod: !!quiet } });
      }
    }
  },
});
