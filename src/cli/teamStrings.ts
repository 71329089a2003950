import { formatMessage, type Language, type Localized } from '../core';
import { countNoun } from './countNoun';

/** Labels of the team reports (`presales portfolio`, `presales gaps`) in both languages. */
export const TEAM_TEXT = {
  portfolio: { en: 'Portfolio on {today}: {count}, {open} open', 'zh-CN': '{today} 售前项目组合：共 {count} 个项目，进行中 {open} 个' },
  stageHead: { en: '{stage} — {count}, value {value}, weighted {weighted}', 'zh-CN': '{stage}——{count} 个，金额 {value}，加权 {weighted}' },
  closureHead: { en: '{stage} — {count}, won {value}', 'zh-CN': '{stage}——{count} 个，赢单金额 {value}' },
  noStage: { en: 'No valid stage', 'zh-CN': '阶段无效' },
  daysInStage: { en: '{days} d in stage', 'zh-CN': '本阶段 {days} 天' },
  budget: { en: 'budget {amount}', 'zh-CN': '预算 {amount}' },
  priced: { en: 'priced {amount}', 'zh-CN': '报价 {amount}' },
  deadline: { en: 'bid {date} ({days} d)', 'zh-CN': '投标 {date}（{days} 天）' },
  qualification: { en: 'qualification {score}', 'zh-CN': '鉴定 {score} 分' },
  findings: { en: '{errors}, {warnings}', 'zh-CN': '错误 {errors}，警告 {warnings}' },
  lastActivity: { en: 'last activity {date}', 'zh-CN': '最近活动 {date}' },
  noActivity: { en: 'no activity', 'zh-CN': '尚无活动' },
  owner: { en: 'owner {name}', 'zh-CN': '负责人 {name}' },
  outcome: { en: 'outcome {outcome}', 'zh-CN': '结果 {outcome}' },
  stalledMark: { en: 'STALLED', 'zh-CN': '停滞' },
  totals: { en: 'Pipeline {value}, weighted {weighted}; won {won} ({wonValue}), lost {lost} ({lostValue}); win rate {rate}', 'zh-CN': '在途金额 {value}，加权 {weighted}；赢单 {won} 个（{wonValue}），丢单 {lost} 个（{lostValue}）；赢率 {rate}' },
  lossReasons: { en: 'Most frequent loss reasons: {list}', 'zh-CN': '最常见的丢单原因：{list}' },
  stalled: { en: 'Stalled (no activity for more than {days} days): {list}', 'zh-CN': '停滞（超过 {days} 天无活动）：{list}' },
  due: { en: 'Bids due this week: {list}', 'zh-CN': '本周截止投标：{list}' },
  none: { en: 'none', 'zh-CN': '无' },
  currencyNote: { en: 'Totals are in {currency}; amounts in other currencies are not added: {list}', 'zh-CN': '合计均以 {currency} 计；其他币种的金额未计入：{list}' },
  gapCurrencyNote: { en: 'Budgets at stake are in {currency}; budgets in other currencies are shown after “not added”, never summed.', 'zh-CN': '涉及预算均以 {currency} 计；其他币种的预算列在“未计入”之后，不相加。' },
  unread: { en: 'Not in the win/loss reading: {list}', 'zh-CN': '输赢分析未计入：{list}' },
  lostNoReasons: { en: '{count} without reasons ({list})', 'zh-CN': '{count} 个丢单项目未写原因（{list}）' },
  closedNoOutcome: { en: '{count} without an outcome ({list})', 'zh-CN': '{count} 个已结束项目未写结果（{list}）' },
  notAdded: { en: '{head}; not added: {list}', 'zh-CN': '{head}；未计入：{list}' },
  personHead: { en: '售前考评 — presales evaluation by person on {today}', 'zh-CN': '{today} 售前考评（按人员）' },
  person: { en: '{person}: {engagements}, {open} open, won {won}, lost {lost}, win rate {rate}', 'zh-CN': '{person}：{engagements} 个项目，进行中 {open} 个，赢单 {won}，丢单 {lost}，赢率 {rate}' },
  personFollowUps: { en: 'follow-ups within 3 days: {onTime} of {owed} ({ratio})', 'zh-CN': '三天内回访：{owed} 次中 {onTime} 次（{ratio}）' },
  personGates: { en: 'gates passed on time: {onTime} of {due}', 'zh-CN': '按时通过的阶段门：{due} 个中 {onTime} 个' },
  personResearch: { en: 'research over the limit: {count}, {days} over', 'zh-CN': '调研超限：{count} 个项目，共超出 {days} 人天' },
  personStars: { en: '★ problems at bid time: {count}; findings that were history: {history}', 'zh-CN': '投标时的★项问题：{count} 个；已成历史的问题：{history} 条' },
  nobody: { en: '(no presales lead)', 'zh-CN': '（未填售前组长）' },
  gapsHead: { en: 'Product gaps by area, ranked by the budgets at stake (open and lost deals)', 'zh-CN': '产品差距（按产品领域，按涉及预算排序，计进行中与丢单项目）' },
  gapArea: { en: '{area} — {revenue} at stake in {count}', 'zh-CN': '{area}——涉及 {count} 个项目、预算 {revenue}' },
  gapType: { en: '{type}: {requirements} in {engagements}, {revenue}', 'zh-CN': '{type}：{engagements} 个项目中 {requirements} 条需求，预算 {revenue}' },
  gapWon: { en: 'also in {count} ({revenue})', 'zh-CN': '另有 {count} 个赢单项目（{revenue}）' },
  gapUnbudgeted: { en: 'No budget stated in {count} with gaps (counted as 0).', 'zh-CN': '{count} 个有差距的项目未填预算（按 0 计）。' },
  noGaps: { en: 'No product gaps recorded (requirements.items[].gap).', 'zh-CN': '尚未记录产品差距（requirements.items[].gap）。' },
  noArea: { en: '(no area)', 'zh-CN': '（未填领域）' },
} satisfies Record<string, Localized>;

/** The English noun each counted parameter takes ("1 engagement", "3 engagements"); Chinese templates carry their own 个/条. */
const COUNTED: Partial<Record<keyof typeof TEAM_TEXT, Record<string, string>>> = {
  portfolio: { count: 'engagement' },
  findings: { errors: 'error', warnings: 'warning' },
  person: { engagements: 'engagement' },
  personResearch: { count: 'engagement', days: 'person-day' },
  gapArea: { count: 'engagement' },
  gapType: { requirements: 'requirement', engagements: 'engagement' },
  gapWon: { count: 'won engagement' },
  gapUnbudgeted: { count: 'engagement' },
};

/**
 * One team-report line in `language`: English counts get their noun in the right number (never "engagement(s)");
 * a count may be a formatted amount ("1", "2.5").
 */
export function teamLine(key: keyof typeof TEAM_TEXT, language: Language, params: Record<string, unknown> = {}): string {
  const nouns = language === 'en' ? COUNTED[key] : undefined;
  const all = { ...params };
  for (const [name, noun] of Object.entries(nouns ?? {})) {
    const v = params[name];
    all[name] = typeof v === 'number' ? countNoun(v, noun) : `${String(v)} ${v === '1' ? noun : `${noun}s`}`;
  }
  return formatMessage(TEAM_TEXT[key], language, all);
}

/** Gap types in the report language. */
export const GAP_TYPE_TEXT: Record<string, Localized> = {
  'deal-breaker': { en: 'deal-breaker', 'zh-CN': '致命差距' },
  challenge: { en: 'challenge', 'zh-CN': '挑战' },
  'nice-to-have': { en: 'nice-to-have', 'zh-CN': '锦上添花' },
  unspecified: { en: 'type not stated', 'zh-CN': '未填类型' },
};

/** Outcomes in the report language. */
export const OUTCOME_TEXT: Record<string, Localized> = {
  won: { en: 'won', 'zh-CN': '赢单' },
  lost: { en: 'lost', 'zh-CN': '丢单' },
  abandoned: { en: 'abandoned', 'zh-CN': '放弃' },
  'no-decision': { en: 'no decision', 'zh-CN': '未决' },
};
