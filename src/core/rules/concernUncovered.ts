import { concernSpec } from '../method/concerns';
import { solutionConcernAnswers } from '../model/concernAnswers';
import { where } from '../model/source';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: '{name} cares about {concern}, but no solution document answers it. Every solution should answer the customer’s concerns (客户的关注点): add a passage on {concern}.',
  'zh-CN': '{name}关注“{concern}”，但解决方案中没有任何回应。方案应逐一回应客户的关注点：请补充有关“{concern}”的内容。',
};

/**
 * `concern-uncovered`: a concern a stakeholder holds that no `solution` document mentions. Silent until a
 * solution exists: before that every concern is unanswered and `missing-deliverable` says the real thing.
 */
export const concernUncovered = defineRule({
  meta: {
    code: 'concern-uncovered',
    severity: 'info',
    term: '客户的关注点',
    summary: { 'zh-CN': '客户关注点未回应', en: 'A customer concern is unanswered' },
    description: {
      'zh-CN': '干系人关注的问题（价格、功能、性能、易用性、使用成本、使用风险、使用保证、品牌）在解决方案中没有任何回应。方案应逐一回应每位关键人的关注点。',
      en: 'A concern a stakeholder holds (price, function, performance, usability, cost of use, risk, assurance, brand) is answered nowhere in the solution. A solution should answer every key person’s concerns.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('concern-uncovered'),
    explain: {
      fires: {
        'zh-CN': '某位干系人的关注点（价格、功能、性能、易用性、使用成本、使用风险、使用保证、品牌）在方案中无处回应。',
        en: 'A concern a stakeholder holds (price, function, performance, usability, cost of use, risk, assurance, brand) is answered nowhere in the solution.',
      },
      example: 'kind: stakeholders\npeople:\n  - id: ann-chief\n    concerns: [risk]\n# solution.md never speaks of risk, security, backup…',
      fix: {
        'zh-CN': '在方案中专门回应该关注点（例如安全与容灾一节）。',
        en: 'Answer the concern in the solution (e.g. a section on security and recovery).',
      },
    },
  },
  run({ engagement: e, language, report }) {
    if (!e.deliverables.some((d) => d.kind === 'solution')) return;
    // Only what the customer reads answers a concern (comments, code, front matter and headings do not).
    // Only the concerns someone holds are looked for: each costs a scan of every solution line.
    const held = new Set(e.people.flatMap((p) => p.concerns.map((c) => concernSpec(c)?.id).filter((id) => id !== undefined)));
    const answers = solutionConcernAnswers(e, held);
    for (const p of e.people) {
      p.concerns.forEach((c, i) => {
        const spec = concernSpec(c);
        if (!spec) return;
        if (answers.has(spec.id)) return;
        const name = p.name ?? (p.id?.trim() || '?');
        const concern = spec.label[language];
        report(where(p.at, ['concerns', i]), M, { params: { name, concern }, data: { concern: spec.id, stakeholder: p.id ?? null } });
      });
    }
  },
});
