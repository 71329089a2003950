import { stageIndex } from '../method/stages';
import { demandTracer } from '../model/demandTrace';
import { becomesHistory } from '../model/findingTiming';
import { currentStageIndex } from '../model/engagement';
import { where } from '../model/source';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const PAST: Localized = {
  en: 'The key demand “{demand}” of the interface form never became a requirement (no requirement names it or shares its words): for the presales evaluation (售前考评); make sure the bid still answers it.',
  'zh-CN': '售前接口表中的客户关键诉求“{demand}”始终没有落到需求上（无需求引用或对应），记入售前考评；请确认标书仍对其作出回应。',
};
const M: Localized = {
  en: 'The key demand “{demand}” of the interface form is traced to no requirement: no requirement names it by id or shares its words. Record it in requirements.yaml (or cite the requirement id in the demand), so the solution answers what the customer asked for first.',
  'zh-CN': '售前接口表中的客户关键诉求“{demand}”没有落到任何一条需求上：既无需求编号引用，也无需求标题与之对应。请在 requirements.yaml 中记录（或在诉求后注明需求编号），确保方案首先回应客户最核心的诉求。',
};

/** Key demands traced per form. */
const MAX_DEMANDS = 50;

/**
 * `demand-untraced`: from the research stage on, a key demand (客户关键诉求) of an interface form that no
 * requirement traces (model/demandTrace.ts: named by id, or a title sharing two words/character pairs).
 * One finding per demand, at the demand.
 */
export const demandUntraced = defineRule({
  meta: {
    code: 'demand-untraced',
    severity: 'warning',
    term: '客户关键诉求',
    summary: { 'zh-CN': '关键诉求未落到需求', en: 'A key demand is traced to no requirement' },
    description: {
      'zh-CN': '接口表记录了客户最核心的诉求，但需求清单中找不到对应的需求。关键诉求没有落到需求上，方案就可能答非所问。',
      en: 'The interface form records the customer’s key demands, but no requirement follows one of them. A key demand that never becomes a requirement is how a solution ends up answering the wrong question.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('demand-untraced'),
    explain: {
      fires: {
        'zh-CN': '接口表中的某条关键诉求没有任何需求承接。',
        en: 'A key demand of the interface form is followed by no requirement.',
      },
      example: 'kind: interface-form\nkey_demands:\n  - Cut outpatient waiting time   # no requirement mentions it',
      fix: {
        'zh-CN': '为该诉求添加需求，或在需求中注明它对应的诉求。',
        en: 'Add a requirement for it, or say in a requirement which demand it answers.',
      },
    },
  },
  run({ engagement: e, report }) {
    const current = currentStageIndex(e);
    if (current < stageIndex('research')) return;
    const message = becomesHistory('demand-untraced', current) ? PAST : M;
    const trace = demandTracer(e.requirements);
    for (const form of e.interfaceForms) {
      // The method asks for 3–5 key demands; past MAX_DEMANDS a list is not a form's key demands (and stays linear).
      form.keyDemands.slice(0, MAX_DEMANDS).forEach((demand, i) => {
        if (trace(demand).length > 0) return;
        report(where(form.at, ['key_demands', i]), message, { params: { demand }, data: { demand, index: i } });
      });
    }
  },
});
