import type { Localized } from '../types';
import type { ConcernId, DecisionTypeId } from './vocabulary';

export type { ConcernId, DecisionTypeId };

/** One customer concern and the words that show a solution answers it (zh-CN and en). */
export interface ConcernSpec {
  id: ConcernId;
  label: Localized;
  /** Case-insensitive; ASCII words match whole words (plural/-ed/-ing allowed), CJK words match anywhere. */
  keywords: string[];
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
  { id: 'price', label: t('价格', 'Price'), keywords: ['价格', '报价', '价钱', '费用', '投资', 'price', 'pricing', 'cost', 'quote', 'quotation'] },
  { id: 'function', label: t('功能', 'Function'), keywords: ['功能', 'function', 'functional', 'functionality', 'feature'] },
  { id: 'performance', label: t('性能', 'Performance'), keywords: ['性能', '并发', '响应时间', '吞吐', '容量', 'performance', 'throughput', 'latency', 'response time', 'concurrency', 'capacity'] },
  { id: 'usability', label: t('易用性', 'Usability'), keywords: ['易用', '界面', '操作简便', '用户体验', 'usability', 'user-friendly', 'user friendly', 'ease of use', 'easy to use', 'user interface'] },
  { id: 'cost-of-use', label: t('使用成本', 'Cost of use'), keywords: ['使用成本', '运维成本', '维护成本', '总拥有成本', 'TCO', 'cost of use', 'cost of ownership', 'maintenance cost', 'operating cost', 'running cost'] },
  { id: 'risk', label: t('使用风险', 'Risk of use'), keywords: ['风险', '安全', '数据损坏', '容灾', '备份', 'risk', 'security', 'secure', 'data loss', 'disaster recovery', 'backup'] },
  { id: 'assurance', label: t('服务保障', 'Assurance'), keywords: ['保障', '技术支持', '稳定', '售后', '服务承诺', 'assurance', 'support', 'SLA', 'stability', 'stable', 'warranty'] },
  { id: 'brand', label: t('品牌', 'Brand'), keywords: ['品牌', '口碑', 'brand', 'reputation'] },
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

const PATTERNS = new Map<string, RegExp>(CONCERNS.map((c) => [c.id, keywordPattern(c.keywords)]));

/** True when `text` mentions the concern in either language (an unknown concern id is never answered). */
export function concernAnswered(concernId: string, text: string): boolean {
  return PATTERNS.get(concernId)?.test(text) ?? false;
}

function keywordPattern(keywords: string[]): RegExp {
  const alts = keywords.map((k) => {
    const body = k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]+');
    // Whole words for Latin keywords ("price" must not match inside another word); CJK has no word breaks.
    return /^[\x20-\x7e]+$/.test(k) ? `(?<![A-Za-z0-9])${body}(?:s|es|ed|ing)?(?![A-Za-z0-9])` : body;
  });
  return new RegExp(alts.join('|'), 'i');
}
