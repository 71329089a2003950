import type { Localized } from '../types';

const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** Why an item scores what it does, and how to win points back: the simulator's words, in both languages. */
export const SCORE_REASONS = {
  formula: t(
    '低价优先法（财政部 87 号令第五十五条）：价格分 = 评标基准价 ÷ 投标报价 × 价格分值，评标基准价为满足招标文件要求且价格最低的投标报价。',
    'Lowest-price method (MOF Order No. 87, art. 55): price points = benchmark price ÷ bid price × price points, the benchmark being the lowest valid bid price.',
  ),
  priceLowest: t('我方报价 {ours} 为最低有效报价，得满分 {points} 分', 'Our price {ours} is the lowest valid price: full {points} points'),
  priceBeaten: t('评标基准价 {lowest}（{name}）÷ 我方报价 {ours} × {points} 分 = {expected} 分', 'Benchmark {lowest} ({name}) ÷ our price {ours} × {points} = {expected} points'),
  priceNoRivals: t('未录入竞争对手报价，按我方为最低价计满分（假设）', 'No competitor prices recorded: full points assumed (we are taken as lowest)'),
  priceUnknown: t('尚无可比的报价合计，按满分假设', 'No comparable priced total yet: full points assumed'),
  priceRecover: t('报价降至 {target} 及以下可得满分，多得 {lost} 分', 'a price of {target} or less earns the full points ({lost} more)'),
  deduct: t('{count} 项负偏离（{marks}）× 每项 {per} 分 = 扣 {lost} 分', 'negative deviations ({marks}): {count} × {per} = {lost} points lost'),
  deductNone: t('无负偏离（{marks}），不扣分', 'No negative deviation ({marks}): nothing deducted'),
  deductNoPer: t('未写明每项扣分（per），无法测算，按满分假设', 'No points per deviation (`per`) given: full points assumed'),
  deductVoid: t('负偏离已达 {count} 项（{void_after} 项即为无效投标）：投标将被否决', '{count} negative deviations reach the limit of {void_after}: the bid will be rejected as invalid'),
  deductRecover: t('每消除一项负偏离（改为满足，或经澄清确认满足）挽回 {per} 分', 'each negative deviation turned into compliance (or clarified) wins back {per} points'),
  count: t('提供 {count} 项，每项 {per} 分，计 {expected} 分（上限 {points} 分）', '{count} offered at {per} each: {expected} points (cap {points})'),
  countMissing: t('未填写我方可提供的数量（count），按 0 计', 'How many we offer (`count`) is not given: counted as 0'),
  countNoPer: t('未写明每项得分（per），无法测算，按满分假设', 'No points per item (`per`) given: full points assumed'),
  countRecover: t('再提供 {more} 项可挽回 {lost} 分', '{more} more would win back {lost} points'),
  judged: t('评委评分，按预估 {expected} 分', 'Judged by the evaluators: {expected} points estimated'),
  judgedAssumed: t('评委评分，未填写预估分（estimate），按满分假设', 'Judged by the evaluators, no `estimate` given: full points assumed'),
} satisfies Record<string, Localized>;

/** A key of the simulator's words. */
export type ScoreReason = keyof typeof SCORE_REASONS;

/** A reason with its parameters, filled in the reader's language later. */
export interface ReasonText {
  key: ScoreReason;
  params?: Record<string, unknown>;
}
