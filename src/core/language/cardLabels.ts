import { term } from '../method/glossary';
import type { Attitude, ClauseType, ConcernId, DecisionTypeId, Deviation, Influence, KanoClass, RequirementStatus } from '../method/vocabulary';
import type { Language, Localized } from '../types';

const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** The words hover cards and code lenses use around the engagement's own data. */
export const CARD_TEXT = {
  standing: t('影响力 {0} × 态度 {1}', 'Influence: {0} × Attitude: {1}'),
  concerns: t('关注点', 'Concerns'),
  lastContact: t('最近联系', 'Last contact'),
  daysAgo: t('{0} 天前', '{0} days ago'),
  dayAgo: t('{0} 天前', '{0} day ago'),
  today: t('今天', 'today'),
  never: t('未记录', 'not recorded'),
  kano: t('需求分类', 'Kano'),
  status: t('状态', 'Status'),
  source: t('来源', 'Source'),
  answeredIn: t('应答于', 'Answered in'),
  notAnswered: t('尚无应答（偏离表或文档中未引用）', 'Not answered yet (no deviation row or document names it)'),
  pricedIn: t('报价行', 'Priced in'),
  notPriced: t('未报价', 'Not priced'),
  line: t('第 {0} 行', 'line {0}'),
  ourDeviation: t('我方偏离', 'Our deviation'),
  noDeviationRow: t('偏离表中没有此条款', 'No deviation row for this clause'),
  bidControl: t('控标参数', 'Bid-control parameter'),
  adopted: t('已采纳', 'adopted'),
  referencedIn: t('共 {0}：{1}', '{0}: {1}'),
  notReferenced: t('尚未被引用', 'Not referenced yet'),
  requirements: t('{0} 条需求', '{0} requirements'),
  requirement: t('{0} 条需求', '{0} requirement'),
  activities: t('{0} 次活动', '{0} activities'),
  activity: t('{0} 次活动', '{0} activity'),
  formMentions: t('售前接口表 {0} 处', '{0} in the interface form'),
  definedTwice: t('此编号定义了 {0} 次', 'This id is defined {0} times'),
  undefinedId: t('未定义的编号', 'Undefined id'),
  lensAnswered: t('应答 {0} 处', 'answered in {0} places'),
  lensAnsweredOnce: t('应答 {0} 处', 'answered in {0} place'),
  lensPriced: t('已报价', 'priced'),
  lensUnpriced: t('未报价', 'not priced'),
  lensStarRow: t('★ 行', '★ row'),
  lensReferences: t('{0} 处引用', '{0} references'),
  lensReference: t('{0} 处引用', '{0} reference'),
  lensNoDeviation: t('无偏离行', 'no deviation row'),
} as const;

const INFLUENCE: Record<Influence, Localized> = { high: t('高', 'High'), medium: t('中', 'Medium'), low: t('低', 'Low') };
const STATUS: Record<RequirementStatus, Localized> = {
  met: t('已满足', 'Met'),
  partial: t('部分满足', 'Partially met'),
  unmet: t('未满足', 'Unmet'),
  'out-of-scope': t('不在范围内', 'Out of scope'),
};
const CLAUSE_TYPE: Record<ClauseType, Localized> = {
  technical: t('技术条款', 'Technical clause'),
  commercial: t('商务条款', 'Commercial clause'),
  qualification: t('资格条款', 'Qualification clause'),
};
const DEVIATION: Record<Deviation, Localized> = {
  none: t('无偏离', 'No deviation'),
  positive: t('正偏离', 'Positive deviation'),
  negative: { 'zh-CN': term('bid.negative-deviation', 'zh-CN'), en: term('bid.negative-deviation', 'en') },
};

/** A card word in a language, with `{0}`, `{1}` filled in. */
export function say(text: Localized, language: Language, ...args: (string | number)[]): string {
  return text[language].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** A count with its noun: `one` for 1, `many` otherwise (Chinese has one form). */
export function counted(n: number, one: Localized, many: Localized, language: Language): string {
  return say(n === 1 ? one : many, language, n);
}

/** Display names of the method's enum values in the card's language (glossary terms where the method has one), never the raw value. */
export const label = {
  decisionType: (v: DecisionTypeId, l: Language) => term(`decision-type.${v}`, l),
  attitude: (v: Attitude, l: Language) => term(`attitude.${v}`, l),
  kano: (v: KanoClass, l: Language) => term(`kano.${v}`, l),
  concern: (v: ConcernId, l: Language) => term(`concern.${v}`, l),
  influence: (v: Influence, l: Language) => INFLUENCE[v][l],
  status: (v: RequirementStatus, l: Language) => STATUS[v][l],
  deviation: (v: Deviation, l: Language) => DEVIATION[v][l],
  clauseType: (v: ClauseType, l: Language) => CLAUSE_TYPE[v][l],
};
