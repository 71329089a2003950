import type { Localized, Severity } from '../types';

/** A diagnostic code (FORMAT.md): its default severity and a one-line meaning. */
export interface CodeSpec {
  code: string;
  severity: Severity;
  /** The method's own term for the pitfall (zh-CN original), when it has one. */
  term?: string;
  summary: Localized;
}

const c = (code: string, severity: Severity, zh: string, en: string, term?: string): CodeSpec => ({
  code,
  severity,
  term,
  summary: { 'zh-CN': zh, en },
});

/** Every code the product emits. Names are a public contract: never rename. */
export const CODES = [
  c('yaml-syntax', 'error', 'YAML 无法解析', 'The YAML cannot be parsed'),
  c('schema', 'error', '字段不符合格式约定', 'A field breaks the format'),
  c('unknown-kind', 'warning', '无法识别文件类型', 'The file kind is unknown'),
  c('missing-section', 'warning', '交付物缺少必备章节', 'A deliverable lacks a required section'),
  c('missing-deliverable', 'warning', '阶段缺少交付物', 'A stage lacks a deliverable'),
  c('dangling-reference', 'warning', '引用的编号不存在', 'A reference names nothing'),
  c('scope-creep', 'warning', '报价超出预算', 'The priced total exceeds the budget', '随机熔断'),
  c('blind-yes', 'warning', '盲目满足不合理需求', 'An unreasonable need is being met', '盲目满足客户诉求'),
  c('follow-up-overdue', 'warning', '拜访后未按时回访', 'A visit was not followed up in time', '三天内回访'),
  c('research-without-need', 'warning', '没有必要的调研', 'Research without a reason', '胡乱开展调研'),
  c('research-first', 'info', '第一个开展调研', 'We research first for an inexperienced customer', '第一个开展调研'),
  c('customer-not-user', 'warning', '把客户当成用户', 'The buyers are taken for the users', '认为客户是用户'),
  c('over-investment', 'warning', '调研投入过度', 'Research effort exceeds the limit', '过度投入'),
  c('decision-maker-gap', 'warning', '决策链有缺口', 'A key decision maker is missing or not contacted', '客户的决策模式'),
  c('stale-contact', 'info', '关键人久未联系', 'A key stakeholder has gone cold'),
  c('basic-need-unmet', 'error', '基本需求未满足', 'A basic need is unmet', '基本需求'),
  c('star-negative-deviation', 'error', '★项负偏离', 'A ★ item deviates negatively'),
  c('bare-response', 'warning', '应答未点对点', 'A response is bare', '点对点应答'),
  c('bid-deadline', 'warning', '临近投标截止', 'The bid deadline is near'),
  c('gate-not-met', 'warning', '阶段门未通过', 'A stage gate is not met', '本阶段总结与评价'),
  c('concern-uncovered', 'info', '客户关注点未回应', 'A customer concern is unanswered', '客户的关注点'),
] as const satisfies readonly CodeSpec[];

export type Code = (typeof CODES)[number]['code'];

const BY_CODE = new Map<string, CodeSpec>(CODES.map((x) => [x.code, x]));

/** The spec of a code. */
export function codeSpec(code: string): CodeSpec | undefined {
  return BY_CODE.get(code);
}
