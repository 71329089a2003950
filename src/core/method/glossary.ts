import type { Language, Localized } from '../types';

/** What a glossary entry names, so lists can be shown grouped. */
export type TermGroup =
  | 'stage'
  | 'deliverable'
  | 'decision-type'
  | 'attitude'
  | 'kano'
  | 'concern'
  | 'role'
  | 'method'
  | 'bid';

/** One method concept: the single wording the product uses for it, and the drifted wordings it must not use. */
export interface GlossaryTerm {
  /** Stable id (`kano.performance`, `role.presales-lead`, …). */
  id: string;
  group: TermGroup;
  term: Localized;
  /** Variants that mean the same concept and must not appear in user-visible text (case-insensitive for en). */
  banned?: Partial<Record<Language, readonly string[]>>;
}

const g = (id: string, group: TermGroup, zh: string, en: string, banned?: GlossaryTerm['banned']): GlossaryTerm => ({
  id,
  group,
  term: { 'zh-CN': zh, en },
  banned,
});

/**
 * The product's vocabulary (the method's, as docs/format.md and docs/rules.md use it; in the deck's own words where the deck has one: 线性需求,
 * 兴奋性需求, 售前组长, 误区, 使用保证). Messages, UI strings, templates, examples and docs use these terms;
 * test/unit/method/glossary.test.ts finds the banned variants in templates, l10n bundles, examples and docs.
 */
export const GLOSSARY: readonly GlossaryTerm[] = [
  // The six stages (售前流程)
  g('stage.kickoff', 'stage', '启动', 'Kickoff', { en: ['kick-off'] }),
  g('stage.introduction', 'stage', '宣介', 'Introduction'),
  g('stage.research', 'stage', '调研', 'Research'),
  g('stage.solution', 'stage', '方案', 'Solution'),
  g('stage.bidding', 'stage', '招投标/谈判', 'Bidding / negotiation'),
  g('stage.closure', 'stage', '结束', 'Closure'),
  // Deliverables and records
  g('deliverable.interface-form', 'deliverable', '售前接口表', 'Interface form'),
  g('deliverable.intro-deck', 'deliverable', '宣介PPT', 'Introduction deck'),
  g('deliverable.stage-summary', 'deliverable', '阶段总结', 'Stage summary'),
  g('deliverable.research-plan', 'deliverable', '调研方案', 'Research plan'),
  g('deliverable.research-report', 'deliverable', '调研报告', 'Research report'),
  g('deliverable.solution', 'deliverable', '解决方案', 'Solution document'),
  g('deliverable.pricing', 'deliverable', '报价', 'Pricing'),
  g('deliverable.tender', 'deliverable', '招标要点', 'Tender'),
  g('deliverable.deviation-table', 'deliverable', '偏离表', 'Deviation table'),
  g('deliverable.bid-control', 'deliverable', '控标参数', 'Bid-control parameters'),
  g('deliverable.technical-bid', 'deliverable', '技术标', 'Technical bid'),
  g('deliverable.commercial-bid', 'deliverable', '商务标', 'Commercial bid'),
  g('deliverable.negotiation-record', 'deliverable', '谈判记录', 'Negotiation record'),
  g('deliverable.closure-report', 'deliverable', '项目终结汇报', 'Closure report'),
  g('deliverable.quick-review', 'deliverable', '快速评审', 'Quick review'),
  g('deliverable.bid-review', 'deliverable', '标书评审', 'Bid review'),
  g('deliverable.presales-evaluation', 'deliverable', '售前考评', 'Presales evaluation'),
  // Decision-maker types (决策者类型)
  g('decision-type.approver', 'decision-type', '拍板者', 'Approver'),
  g('decision-type.it-decider', 'decision-type', 'IT技术抉择者', 'IT decider'),
  g('decision-type.business-decider', 'decision-type', '业务决策者', 'Business decider'),
  g('decision-type.user', 'decision-type', '使用者', 'User'),
  // Attitudes
  g('attitude.champion', 'attitude', '拥护者', 'Champion', { 'zh-CN': ['铁杆', '内线'] }),
  g('attitude.supporter', 'attitude', '支持者', 'Supporter'),
  g('attitude.neutral', 'attitude', '中立', 'Neutral'),
  g('attitude.skeptic', 'attitude', '怀疑者', 'Skeptic'),
  g('attitude.opponent', 'attitude', '反对者', 'Opponent'),
  // Kano classes (需求的划分)
  g('kano.basic', 'kano', '基本需求', 'Basic need', { en: ['must-be need'] }),
  g('kano.performance', 'kano', '线性需求', 'Performance need', { 'zh-CN': ['期望需求'], en: ['linear need', 'one-dimensional need'] }),
  g('kano.excitement', 'kano', '兴奋性需求', 'Excitement need', { 'zh-CN': ['兴奋需求', '魅力需求'], en: ['delighter', 'attractive need'] }),
  // Customer concerns (客户的关注点)
  g('concern.price', 'concern', '价格', 'Price'),
  g('concern.function', 'concern', '功能', 'Function'),
  g('concern.performance', 'concern', '性能', 'Performance'),
  g('concern.usability', 'concern', '易用性', 'Usability'),
  g('concern.cost-of-use', 'concern', '使用成本', 'Cost of use'),
  g('concern.risk', 'concern', '使用风险', 'Risk of use'),
  g('concern.assurance', 'concern', '使用保证', 'Assurance'),
  g('concern.brand', 'concern', '品牌', 'Brand'),
  // Roles (售前流程中的角色)
  g('role.sales', 'role', '销售/商务', 'Sales'),
  g('role.sales-director', 'role', '销售总监', 'Sales director'),
  g('role.presales-lead', 'role', '售前组长', 'Presales lead', { 'zh-CN': ['售前负责人'], en: ['presales owner'] }),
  g('role.presales', 'role', '产品方案售前', 'Product or solution presales'),
  // The method's own words
  g('method.engagement', 'method', '售前项目', 'Engagement', { 'zh-CN': ['项目机会'] }),
  g('method.pitfall', 'method', '误区', 'Pitfall', { 'zh-CN': ['陷阱'] }),
  g('method.circuit-breaker', 'method', '随机熔断', 'Circuit breaker'),
  g('method.scope-creep', 'method', '范围蔓延', 'Scope creep'),
  g('method.follow-up', 'method', '三天内回访', 'Follow-up within three days'),
  g('method.qualification', 'method', '鉴定销售机会', 'Qualifying the opportunity'),
  g('method.key-demands', 'method', '关键诉求', 'Key demands'),
  g('method.key-advantages', 'method', '关键优势要素', 'Key advantages'),
  g('method.customer-leaning', 'method', '客户偏向性', 'Customer leaning'),
  g('method.product-gap', 'method', '产品缺口', 'Product gap'),
  // The bid
  g('bid.mandatory', 'bid', '★ 实质性条款', '★ mandatory clause'),
  g('bid.important', 'bid', '▲ 重要条款', '▲ important clause'),
  g('bid.point-by-point', 'bid', '点对点应答', 'Point-by-point answer'),
  g('bid.negative-deviation', 'bid', '负偏离', 'Negative deviation'),
  g('bid.biased-clause', 'bid', '倾向性条款', 'Biased clause'),
  g('bid.ceiling-price', 'bid', '最高限价', 'Ceiling price'),
  g('bid.quiet-period', 'bid', '静默期', 'Quiet period'),
  g('bid.clarification', 'bid', '澄清/答疑', 'Formal clarification'),
];

/** A banned variant found in a text. */
export interface TermDrift {
  /** Offset of the variant in the text. */
  offset: number;
  variant: string;
  /** The glossary term to write instead. */
  preferred: string;
  id: string;
}

const BY_ID = new Map(GLOSSARY.map((t) => [t.id, t]));

/** The glossary term with this id (throws on an unknown id: ids are code, not data). */
export function term(id: string, language: Language): string {
  const entry = BY_ID.get(id);
  if (!entry) throw new Error(`glossary: no term ${id}`);
  return entry.term[language];
}

/**
 * Every banned variant of `language` in `text`, in order of appearance. English matches whole words,
 * case-insensitively; Chinese matches anywhere. Linear in the text per variant (a few dozen variants).
 */
export function findTermDrift(text: string, language: Language): TermDrift[] {
  const out: TermDrift[] = [];
  const haystack = language === 'en' ? text.toLowerCase() : text;
  for (const entry of GLOSSARY) {
    for (const variant of entry.banned?.[language] ?? []) {
      const needle = language === 'en' ? variant.toLowerCase() : variant;
      for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) {
        if (language === 'en' && !isWordBoundary(haystack, i, needle.length)) continue;
        out.push({ offset: i, variant, preferred: entry.term[language], id: entry.id });
      }
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** A whole word, allowing a plural `s` (`delighters`). */
function isWordBoundary(text: string, start: number, length: number): boolean {
  const word = /[\p{L}\p{N}_]/u;
  if (word.test(text[start - 1] ?? '')) return false;
  const end = text[start + length] === 's' ? start + length + 1 : start + length;
  return !word.test(text[end] ?? '');
}
