import { formatMessage, type Language, type Localized } from '../core';

const t = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

/** Every string `presales status` prints, in both languages. */
const STRINGS = {
  stages: t('Stages', '阶段'),
  noStage: t('engagement.yaml names no valid stage', 'engagement.yaml 未填写有效的阶段'),
  toLeave: t('To leave {stage}:', '离开「{stage}」阶段还需：'),
  gateOpen: t('Gate of {stage}: nothing left to do', '「{stage}」阶段门：条件均已满足'),
  leftUnmet: t('History (presales evaluation): left with unmet gates: {stages}', '历史（售前考评）：已走过但阶段门未通过：{stages}'),
  deliverables: t('Deliverables: {list}', '交付物：{list}'),
  state_missing: t('missing', '缺失'),
  state_invalid: t('has errors', '有错误'),
  state_draft: t('draft', '草稿'),
  state_review: t('in review', '评审中'),
  state_final: t('final', '定稿'),
  state_present: t('present', '已有'),
  stakeholders: t('Stakeholders (mapped/contacted)', '干系人（已建档/已联系）'),
  cold: t('Gone cold: {list}', '久未联系：{list}'),
  days: t('{days} d', '{days} 天'),
  never: t('Never contacted: {list}', '从未联系：{list}'),
  concerns: t('Concerns', '关注点'),
  noConcerns: t('no stakeholder concerns recorded', '尚未记录干系人的关注点'),
  noSolution: t('{count} held, no solution document answers them yet', '{count} 项被关注，尚无解决方案文档回应'),
  answered: t('answered {answered}/{held}', '已回应 {answered}/{held}'),
  unanswered: t('unanswered: {list}', '未回应：{list}'),
  needs: t('Needs (Kano)', '需求（Kano）'),
  noNeeds: t('no requirements recorded', '尚无需求记录'),
  total: t('{count} total', '共 {count} 项'),
  unreasonable: t('unreasonable {count}', '不合理 {count}'),
  untraced: t('untraced: {list}', '未追溯：{list}'),
  bids: t('Bid', '投标'),
  bidRows: t('{rows} deviation rows · ★ {star} · ▲ {triangle} · negative {negative} (★ {starNegative}) · bare {bare}', '偏离表 {rows} 行 · ★ {star} · ▲ {triangle} · 负偏离 {negative}（★ {starNegative}）· 未点对点 {bare}'),
  bidClauses: t('tender clauses: ★ {star} ({starUnanswered} unanswered) · ▲ {triangle} ({triangleUnanswered} unanswered)', '招标条款：★ {star}（未应答 {starUnanswered}）· ▲ {triangle}（未应答 {triangleUnanswered}）'),
  quietPeriod: t('quiet period since {date}: questions only through the formal clarification channel (澄清/答疑)', '自 {date} 起处于静默期：只通过正式澄清/答疑渠道沟通，不私下接触评审相关人员'),
  deadline: t('deadline {date} ({days} days left)', '截止 {date}（剩 {days} 天）'),
  deadlinePast: t('deadline {date} (passed {days} days ago)', '截止 {date}（已过 {days} 天）'),
  budget: t('Budget', '预算'),
  noBudget: t('no budget recorded', '未记录预算'),
  priced: t('priced {priced} ({pct}% of budget)', '报价 {priced}（预算的 {pct}%）'),
  pricedOnly: t('priced {priced}', '报价 {priced}'),
  notPriced: t('not priced yet', '尚未报价'),
  overTolerance: t('over the {tol}% tolerance: 随机熔断', '超出 {tol}% 容差：随机熔断'),
  overFactor: t('past {factor}× the budget: break the circuit (随机熔断)', '已超预算 {factor} 倍：立即熔断（随机熔断）'),
  pitfalls: t('Pitfalls', '误区'),
  noPitfalls: t('none', '无'),
  otherFindings: t('Other findings', '其他问题'),
  more: t('{count} more {code}', '另有 {count} 条 {code}'),
  error: t('error', '错误'),
  warning: t('warning', '警告'),
  info: t('info', '提示'),
  counts: t('Findings: {error}, {warning}, {info} info — `presales check` lists them all', '检查结果：错误 {error} · 警告 {warning} · 提示 {info} — 用 `presales check` 查看全部'),
  history: t('history (presales evaluation)', '历史（售前考评）'),
  historyHint: t('{count} findings about stages already left: the record, not work for today', '{count} 条关于已走过阶段的结果：作为售前考评记录，不是当下的工作'),
  historyHintOne: t('{count} finding about a stage already left: the record, not work for today', '{count} 条关于已走过阶段的结果：作为售前考评记录，不是当下的工作'),
  skipped: t('skipped', '已跳过'),
  qualification: t('Qualification (MEDDPICC)', '鉴定销售机会（MEDDPICC）'),
  qualificationScore: t('score {score}/100', '评分 {score}/100'),
  qualificationMissing: t('missing: {list}', '缺少：{list}'),
  answeredAt: t('answered: {list}', '已回应：{list}'),
  kano_basic: t('basic', '基本'),
  kano_performance: t('performance', '线性'),
  kano_excitement: t('excitement', '兴奋'),
  kano_unclassified: t('unclassified', '未分类'),
  status_met: t('met', '满足'),
  status_partial: t('partial', '部分'),
  status_unmet: t('unmet', '未满足'),
  'status_out-of-scope': t('out of scope', '范围外'),
  status_open: t('open', '待定'),
} satisfies Record<string, Localized>;

/** A key of the status strings. */
export type StatusString = keyof typeof STRINGS;

/** One status string in `lang` with its `{placeholders}` filled. */
export function say(lang: Language, key: StatusString, params?: Record<string, unknown>): string {
  return formatMessage(STRINGS[key], lang, params);
}

/** The list separator of a language. */
export function joinList(lang: Language, items: string[]): string {
  return items.join(lang === 'zh-CN' ? '、' : ', ');
}
