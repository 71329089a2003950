import type { EngagementStatus, StakeholderChip } from '../../../src/core';
import type { Range } from '../../../src/core/types';

const r = (line: number, from = 0, to = 10): Range => ({ start: { line, character: from }, end: { line, character: to } });
const L = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** A chip with defaults; stakeholders.yaml line `line`. */
export function person(id: string, over: Partial<StakeholderChip>, line = 2): StakeholderChip {
  return { id, name: id, type: 'user', influence: 'medium', attitude: 'neutral', concerns: [], cold: false, file: 'acme/stakeholders.yaml', range: r(line, 4, 20), ...over };
}

/** An acme-his-like engagement at stage `solution`: priced 2.45M against a 2M budget. */
export function acmeStatus(): EngagementStatus {
  const stage = (id: EngagementStatus['stages'][number]['id'], zh: string, en: string, state: 'done' | 'current' | 'todo', percent: number) => ({
    id, label: L(zh, en), state, percent, deliverables: [], summary: 'not-owed' as const, review: 'not-owed' as const, blockers: [], leftWithGateUnmet: false,
  });
  const stages: EngagementStatus['stages'] = [
    { ...stage('kickoff', '启动', 'Kickoff', 'done', 100), deliverables: [{ kind: 'interface-form', label: L('售前接口表', 'Interface form'), path: 'acme/01-kickoff/interface-form.yaml', state: 'present', optional: false }] },
    stage('introduction', '宣介', 'Introduction', 'done', 100),
    stage('research', '调研', 'Research', 'done', 100),
    {
      ...stage('solution', '方案', 'Solution', 'current', 49.6),
      deliverables: [
        { kind: 'solution', label: L('解决方案', 'Solution document'), path: 'acme/04-solution/solution.md', state: 'draft', optional: false },
        { kind: 'pricing', label: L('报价', 'Pricing'), path: 'acme/04-solution/pricing.yaml', state: 'present', optional: false },
        { kind: 'stage-summary', label: L('阶段总结', 'Stage summary'), path: 'acme/04-solution/summary.md', state: 'missing', optional: false },
      ],
      blockers: [
        { condition: 'summary', message: 'No stage summary', file: 'acme/engagement.yaml', range: r(5) },
        { condition: 'review', message: 'No passed review' },
      ],
    },
    stage('bidding', '招投标/谈判', 'Bidding / negotiation', 'todo', 0),
    stage('closure', '结束', 'Closure', 'todo', 0),
  ];
  return {
    root: 'acme', id: 'acme-his', title: '某市第一人民医院 HIS 升级改造项目', customer: '某市第一人民医院', language: 'zh-CN', stage: 'solution',
    stages,
    stakeholders: {
      people: [
        person('zhang', { name: '张建国', title: '院长', type: 'approver', influence: 'high', attitude: 'supporter', daysSinceContact: 8 }, 2),
        person('sun', { name: '孙立新', type: 'business-decider', influence: 'high', attitude: 'neutral', cold: true, daysSinceContact: 45 }, 10),
        person('wang', { name: '王海涛', type: 'it-decider', influence: 'high', attitude: 'champion' }, 18),
        person('liu', { name: '刘晓雯', type: 'user', influence: 'low', attitude: 'neutral' }, 26),
        person('ghost', { name: 'Ghost', type: 'unknown', influence: 'unknown', attitude: 'opponent' }, 34),
      ],
      coverage: [
        { type: 'approver', label: L('拍板者', 'Approver'), mapped: 1, contacted: 1, gap: false },
        { type: 'it-decider', label: L('IT技术抉择者', 'IT decider'), mapped: 1, contacted: 1, gap: false },
        { type: 'business-decider', label: L('业务决策者', 'Business decider'), mapped: 1, contacted: 0, gap: true },
        { type: 'user', label: L('使用者', 'User'), mapped: 1, contacted: 1, gap: false },
      ],
    },
    concerns: [
      { concern: 'price', label: L('价格', 'Price'), heldBy: ['zhang'], answered: true },
      { concern: 'brand', label: L('品牌', 'Brand'), heldBy: ['zhang', 'nobody'], answered: false },
    ],
    needs: { total: 0, byKano: {} as EngagementStatus['needs']['byKano'], unreasonable: 0, untraced: [] },
    bids: { rows: 0, star: 0, triangle: 0, negative: 0, starNegative: 0, bare: 0, clauses: { star: 0, triangle: 0, starUnanswered: 0, triangleUnanswered: 0 }, quietPeriod: false },
    budget: { budget: 2_000_000, currency: 'CNY', priced: 2_450_000, ratio: 1.225, tolerance: 0.1, errorFactor: 2 },
    pitfalls: [
      { severity: 'info', items: [{ code: 'stale-contact', summary: L('关键人久未联系', 'A key stakeholder has gone cold'), finding: { file: 'acme/stakeholders.yaml', range: r(10), severity: 'info', code: 'stale-contact', message: '孙立新 45 天未联系' } }] },
      { severity: 'warning', items: [
        { code: 'scope-creep', term: '随机熔断', summary: L('报价超出预算', 'The priced total exceeds the budget'), finding: { file: 'acme/04-solution/pricing.yaml', range: r(33, 0, 14), severity: 'warning', code: 'scope-creep', message: '报价 2,450,000 超出预算 22.5%' } },
        { code: 'blind-yes', term: '盲目满足客户诉求', summary: L('盲目满足不合理需求', 'An unreasonable need is being met'), finding: { file: 'acme/requirements.yaml', range: r(40), severity: 'warning', code: 'blind-yes', message: 'REQ-009' } },
      ] },
    ],
    otherFindings: [],
    requirementFlags: [],
    counts: { error: 0, warning: 2, info: 1 },
  };
}
