import { DECISION_TYPES, type DecisionTypeId } from '../method/concerns';
import { stageIndex } from '../method/stages';
import { lastContact } from '../model/contacts';
import { currentStageIndex, filesOfKind, itemsOf } from '../model/engagement';
import { scalarText } from '../text/scalarText';
import type { Localized } from '../types';
import { rangeFor } from './rangeFor';
import type { Rule } from './rule';

const MISSING: Localized = {
  en: 'No {type} is mapped. The customer’s decision model (客户的决策模式) needs both the approver and the IT decider on our side by the solution stage; find who it is and add them.',
  'zh-CN': '干系人中没有{type}。按“客户的决策模式”，进入方案阶段前应同时掌握拍板者和IT技术抉择者；请找出此人并补充。',
};
const UNCONTACTED: Localized = {
  en: '{name} ({type}) has never been contacted: no `last_contact` and no activity with them. Per the customer’s decision model (客户的决策模式), meet them before the solution is decided.',
  'zh-CN': '{name}（{type}）从未接触过：既无 last_contact，也无相关活动。按“客户的决策模式”，请在方案定型前当面沟通。',
};
const KEY_TYPES: DecisionTypeId[] = ['approver', 'it-decider'];

/** `decision-maker-gap`: from the solution stage on, no approver / IT decider mapped, or none of them ever contacted. */
export const decisionMakerGap: Rule = {
  code: 'decision-maker-gap',
  run({ engagement: e, today, out }) {
    if (currentStageIndex(e) < stageIndex('solution')) return;
    const people = itemsOf(e, 'stakeholders', 'people');
    for (const type of KEY_TYPES) {
      const label = DECISION_TYPES.find((d) => d.id === type)!.label[out.language];
      const ofType = people.filter((p) => p.value.type === type);
      if (ofType.length === 0) {
        const file = filesOfKind(e, 'stakeholders')[0];
        const range = file ? rangeFor(file, [['people'], 'key']) : rangeFor(e.file, [['stage'], 'value']);
        out.report(file?.path ?? e.file.path, range, 'decision-maker-gap', MISSING, { params: { type: label }, data: { type, reason: 'missing' } });
        continue;
      }
      // One contacted person of the type covers it; otherwise each of them is a gap to close.
      if (ofType.some((p) => lastContact(e, p.value, today))) continue;
      for (const p of ofType) {
        const name = scalarText(p.value.name, scalarText(p.value.id));
        out.report(p.file.path, rangeFor(p.file, [p.path, 'key']), 'decision-maker-gap', UNCONTACTED, {
          params: { name, type: label },
          data: { type, reason: 'never-contacted', id: p.value.id ?? null },
        });
      }
    }
  },
};
