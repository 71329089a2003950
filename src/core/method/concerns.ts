import type { Localized } from '../types';
import type { ConcernId, DecisionTypeId } from './vocabulary';

export type { ConcernId, DecisionTypeId };

/** One customer concern; the phrases that answer it are method data in concernVocabulary.ts. */
export interface ConcernSpec {
  id: ConcernId;
  label: Localized;
}

/** One decision-maker type and what it cares about. */
export interface DecisionTypeSpec {
  id: DecisionTypeId;
  label: Localized;
  cares: Localized;
}

const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** The concern checklist every solution should answer. */
export const CONCERNS: readonly ConcernSpec[] = [
  { id: 'price', label: t('价格', 'Price') },
  { id: 'function', label: t('功能', 'Function') },
  { id: 'performance', label: t('性能', 'Performance') },
  { id: 'usability', label: t('易用性', 'Usability') },
  { id: 'cost-of-use', label: t('使用成本', 'Cost of use') },
  { id: 'risk', label: t('使用风险', 'Risk of use') },
  { id: 'assurance', label: t('使用保证', 'Assurance') },
  { id: 'brand', label: t('品牌', 'Brand') },
];

/** The decision model: who decides what and what each cares about. */
export const DECISION_TYPES: readonly DecisionTypeSpec[] = [
  {
    id: 'approver',
    label: t('拍板者', 'Approver'),
    cares: t(
      '核心问题的解决与亮点、员工感受、厂商整体实力与方案理念、与业务战略的契合、品牌、行业案例、投资回报',
      'The core problem solved and highlights; staff feelings; vendor strength and philosophy; fit with strategy; brand, reference cases, ROI',
    ),
  },
  {
    id: 'it-decider',
    label: t('IT技术抉择者', 'IT decider'),
    cares: t(
      '方案整体深度，兼顾业务、技术、产品与功能；依据招标参数与个人偏好决策；合规、厂商实力与服务、质量、案例',
      'The whole solution in depth, balancing business, technology, product and function; tender specs; compliance, vendor service, quality, cases',
    ),
  },
  {
    id: 'business-decider',
    label: t('业务决策者', 'Business decider'),
    cares: t('本部门与个人利益的局部视角；品牌与服务', 'The local view of the department and personal interest; brand and service'),
  },
  {
    id: 'user',
    label: t('使用者', 'User'),
    cares: t('实用性：功能、便捷、细节', 'Practicality: function, convenience, details'),
  },
];

const BY_CONCERN = new Map<string, ConcernSpec>(CONCERNS.map((c) => [c.id, c]));

/** The spec of a concern id, or undefined for an unknown one. */
export function concernSpec(id: unknown): ConcernSpec | undefined {
  return typeof id === 'string' ? BY_CONCERN.get(id) : undefined;
}
