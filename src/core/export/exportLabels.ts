import type { Language } from '../types';

/** Every word an exported document prints, in both product languages (the engagement's language picks). */
export interface ExportLabels {
  deviationTitle: string;
  technicalPart: string;
  commercialPart: string;
  otherPart: string;
  deviationColumns: [string, string, string, string, string, string];
  deviation: Record<'none' | 'positive' | 'negative', string>;
  markNote: string;
  bidSummaryTitle: string;
  projectName: string;
  tenderNumber: string;
  customer: string;
  bidder: string;
  totalFigures: string;
  totalCapitals: string;
  deliveryPeriod: string;
  warranty: string;
  signature: string;
  notGiven: string;
  solutionTitle: string;
  pricingTitle: string;
  pricingColumns: [string, string, string, string, string, string];
  option: string;
  subtotal: string;
  discount: string;
  total: string;
  optionsTotal: string;
  currency: string;
  matrixTitle: string;
  matrixColumns: [string, string, string, string, string, string, string];
  kano: Record<'basic' | 'performance' | 'excitement', string>;
  status: Record<'met' | 'partial' | 'unmet' | 'out-of-scope', string>;
  nothing: string;
  imageMissing: string;
}

const ZH: ExportLabels = {
  deviationTitle: '偏离表',
  technicalPart: '技术偏离表',
  commercialPart: '商务偏离表',
  otherPart: '偏离表',
  deviationColumns: ['序号', '条款号', '招标要求', '投标响应', '偏离情况', '证明材料/页码'],
  deviation: { none: '无偏离', positive: '正偏离', negative: '负偏离' },
  markNote: '注：标“★”的条款为实质性要求，负偏离将导致投标无效；标“▲”的条款为重要条款。',
  bidSummaryTitle: '开标一览表',
  projectName: '项目名称',
  tenderNumber: '项目编号',
  customer: '采购人',
  bidder: '投标人名称',
  totalFigures: '投标总价（小写）',
  totalCapitals: '投标总价（大写）',
  deliveryPeriod: '交货期／工期',
  warranty: '质保期',
  signature: '投标人（盖章）：＿＿＿＿＿＿＿＿　法定代表人或授权代表（签字）：＿＿＿＿＿＿＿＿　日期：＿＿＿＿年＿＿月＿＿日',
  notGiven: '（未填写）',
  solutionTitle: '解决方案',
  pricingTitle: '报价明细表',
  pricingColumns: ['序号', '名称', '数量', '单价', '金额', '对应需求'],
  option: '（选配）',
  subtotal: '小计',
  discount: '优惠',
  total: '合计',
  optionsTotal: '选配项合计（不计入总价）',
  currency: '币种',
  matrixTitle: '需求响应矩阵',
  matrixColumns: ['需求编号', '需求', 'Kano 类型', '状态', '方案应答', '报价', '偏离表'],
  kano: { basic: '基本型', performance: '期望型', excitement: '兴奋型' },
  status: { met: '满足', partial: '部分满足', unmet: '不满足', 'out-of-scope': '不在范围内' },
  nothing: '—',
  imageMissing: '图片缺失',
};

const EN: ExportLabels = {
  deviationTitle: 'Deviation table',
  technicalPart: 'Technical deviation table',
  commercialPart: 'Commercial deviation table',
  otherPart: 'Deviation table',
  deviationColumns: ['No.', 'Clause', 'Tender requirement', 'Bid response', 'Deviation', 'Evidence / page'],
  deviation: { none: 'No deviation', positive: 'Positive', negative: 'Negative' },
  markNote: 'Note: clauses marked ★ are mandatory — a negative deviation voids the bid; clauses marked ▲ are important.',
  bidSummaryTitle: 'Bid summary',
  projectName: 'Project',
  tenderNumber: 'Tender number',
  customer: 'Purchaser',
  bidder: 'Bidder',
  totalFigures: 'Total bid price (figures)',
  totalCapitals: 'Total bid price (Chinese capitals)',
  deliveryPeriod: 'Delivery period',
  warranty: 'Warranty',
  signature: 'Bidder (seal): ____________   Authorised representative (signature): ____________   Date: ____________',
  notGiven: '(not given)',
  solutionTitle: 'Solution',
  pricingTitle: 'Price schedule',
  pricingColumns: ['No.', 'Item', 'Qty', 'Unit price', 'Amount', 'Requirements'],
  option: ' (option)',
  subtotal: 'Subtotal',
  discount: 'Discount',
  total: 'Total',
  optionsTotal: 'Options total (not included)',
  currency: 'Currency',
  matrixTitle: 'Compliance matrix',
  matrixColumns: ['Requirement', 'Title', 'Kano', 'Status', 'Answered in', 'Priced in', 'Deviation rows'],
  kano: { basic: 'Basic', performance: 'Performance', excitement: 'Excitement' },
  status: { met: 'Met', partial: 'Partial', unmet: 'Unmet', 'out-of-scope': 'Out of scope' },
  nothing: '—',
  imageMissing: 'image missing',
};

/** The labels of one language. */
export function exportLabels(language: Language): ExportLabels {
  return language === 'zh-CN' ? ZH : EN;
}
