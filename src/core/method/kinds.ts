import type { Localized } from '../types';

/** Every file kind the product understands. */
export const YAML_KINDS = [
  'engagement',
  'stakeholders',
  'requirements',
  'activities',
  'interface-form',
  'pricing',
  'tender',
  'deviation-table',
  'bid-control',
  'reviews',
] as const;

/** Markdown deliverable kinds (identified by front matter). */
export const MARKDOWN_KINDS = [
  'intro-deck',
  'stage-summary',
  'research-plan',
  'research-report',
  'solution',
  'technical-bid',
  'commercial-bid',
  'negotiation-record',
  'closure-report',
] as const;

export type YamlKind = (typeof YAML_KINDS)[number];
export type MarkdownKind = (typeof MARKDOWN_KINDS)[number];
export type Kind = YamlKind | MarkdownKind;

/** How a required Markdown section is recognised: its letter or either title. */
export interface SectionSpec {
  letter?: string;
  title: Localized;
}

/** What the product knows about one kind of file. */
export interface KindSpec {
  kind: Kind;
  label: Localized;
  /** Where the templates put it, relative to the engagement root. */
  defaultPath: string;
  /** Required headings (Markdown kinds only). */
  sections: SectionSpec[];
  /**
   * Name of the JSON Schema its files are validated against: `schemas/<schema>.schema.json`. The build
   * compiles every schema there into a validator keyed by this name (scripts/build-validators.mjs).
   */
  schema: string;
}

const s = (letter: string | undefined, zh: string, en: string): SectionSpec => ({ letter, title: { 'zh-CN': zh, en } });
/** A YAML kind's schema is named after the kind; Markdown deliverables share the front-matter schema unless named. */
const defaultSchema = (kind: Kind): string => (isMarkdownKind(kind) ? 'markdown-front-matter' : kind);
const k = (kind: Kind, zh: string, en: string, defaultPath: string, sections: SectionSpec[] = [], schema = defaultSchema(kind)): KindSpec => ({
  kind,
  label: { 'zh-CN': zh, en },
  defaultPath,
  sections,
  schema,
});

/** The kinds, their labels, template paths and required sections (docs/format.md). */
export const KIND_SPECS: Record<Kind, KindSpec> = {
  engagement: k('engagement', '售前项目', 'Engagement', 'engagement.yaml'),
  stakeholders: k('stakeholders', '干系人', 'Stakeholders', 'stakeholders.yaml'),
  requirements: k('requirements', '需求清单', 'Requirements', 'requirements.yaml'),
  activities: k('activities', '售前活动', 'Activities', 'activities.yaml'),
  reviews: k('reviews', '快速评审记录', 'Quick reviews', 'reviews.yaml'),
  'interface-form': k('interface-form', '售前接口表', 'Interface form', '01-kickoff/interface-form.yaml'),
  'intro-deck': k('intro-deck', '宣介PPT大纲', 'Introduction deck', '02-introduction/deck.md', [
    s('A', '公司介绍', 'Company introduction'),
    s('B', '行业诉求与展望', 'Industry demands and outlook'),
    s('C', '方案整体架构规划', 'Overall solution architecture'),
    s('D', '方案特性与收益', 'Solution features and benefits'),
    s('E', '案例分享', 'Case sharing'),
  ]),
  'stage-summary': k('stage-summary', '阶段总结', 'Stage summary', '02-introduction/summary.md', [
    s(undefined, '战略层面', 'Strategic level'),
    s(undefined, '客户层面', 'Customer level'),
  ]),
  'research-plan': k('research-plan', '调研方案', 'Research plan', '03-research/plan.md', [
    s(undefined, '客户背景', 'Customer background'),
    s(undefined, '调研范围', 'Research scope'),
    s(undefined, '数据情况', 'Data situation'),
    s(undefined, '信息化情况', 'IT situation'),
    s(undefined, '业务情况', 'Business situation'),
  ]),
  'research-report': k('research-report', '调研报告', 'Research report', '03-research/report.md'),
  solution: k('solution', '解决方案', 'Solution document', '04-solution/solution.md', [
    s('A', '现状描述', 'Current state'),
    s('B', '问题诊断', 'Problem diagnosis'),
    s('C', '客户愿景与需求', 'Customer vision and needs'),
    s('D', '方案总体设计', 'Overall design'),
    s('E', '局部设计', 'Partial designs'),
    s('F', '方案优势与价值', 'Advantages and value'),
    s('G', '产品配置', 'Product configuration'),
    s('H', '案例罗列', 'Reference cases'),
  ]),
  pricing: k('pricing', '报价/产品配置', 'Pricing', '04-solution/pricing.yaml'),
  tender: k('tender', '招标要点', 'Tender', '05-bidding/tender.yaml'),
  'deviation-table': k('deviation-table', '偏离表', 'Deviation table', '05-bidding/deviation-technical.yaml'),
  'bid-control': k('bid-control', '控标参数', 'Bid-control parameters', '05-bidding/bid-control.yaml'),
  'technical-bid': k('technical-bid', '技术标', 'Technical bid', '05-bidding/technical-bid.md'),
  'commercial-bid': k('commercial-bid', '商务标', 'Commercial bid', '05-bidding/commercial-bid.md'),
  // Owed instead of the deviation table and the bids on a negotiated route (docs/format.md "Format 2").
  'negotiation-record': k('negotiation-record', '谈判记录', 'Negotiation record', '05-bidding/negotiation-record.md', [
    s(undefined, '谈判要点', 'Negotiation points'),
    s(undefined, '让步与底线', 'Concessions and limits'),
    s(undefined, '结果', 'Outcome'),
  ]),
  'closure-report': k('closure-report', '项目终结汇报', 'Closure report', '06-closure/closure-report.md'),
};

/** True when `value` names a kind the product understands. */
export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(KIND_SPECS, value);
}

/** True for the Markdown deliverable kinds. */
export function isMarkdownKind(kind: Kind): kind is MarkdownKind {
  return (MARKDOWN_KINDS as readonly string[]).includes(kind);
}
