/**
 * Words with which a response admits that it does not (yet) meet a clause — 不满足, 暂不支持, 后续版本,
 * 正在办理, 测评中, 计划于…, not supported, roadmap, in progress. Data, so a team can read and extend the list.
 * Ambiguous words are only taken in the forms that admit a shortfall: 计划 is not 实施计划 (a plan we
 * deliver), 拟 is 拟于/拟申请 but not 拟派 (the staff we propose), 待 is 待开发 but not 等待.
 */
export const SHORTFALL_PHRASES: readonly RegExp[] = [
  /部分满足|部分支持|部分响应|不满足|无法满足|不能满足|未满足|达不到|未达到/u,
  // 不提供额外费用, 暂无任何限制, 暂未发现 say what we do not charge, limit or find: compliance, not a shortfall.
  /暂不支持|暂不具备|暂不提供|不支持|无法支持|不具备|不提供(?!额外|另外|明文)|暂无(?!任何限制|限制|上限|不良|故障)|暂未(?!发现|发生|出现)|尚未(?!发现|发生|出现)|尚不|目前不(?!限)|未能/u,
  // 免费升级至后续版本 promises upgrades, it admits nothing.
  /(?<!升级到|升级至|升级为|升级|免费提供)(?:后续版本|下一版本|下个版本|新版本中|未来版本)(?!升级|的升级|免费升级)|后续提供|后续支持|后期提供|二次开发后/u,
  /正在办理|办理中|正在申请|申请中|正在测评|(?:测评|评估|认证|开发|研发|建设|审批|试点)中(?!心)|正在评估|正在认证|正在开发|正在研发/u,
  /(?<!按|实施|项目|工作|培训|进度|测试|迁移|上线|部署|服务|应急|质量|保障|运维|验收|交付|推广|维护|备份|恢复)计划(?:于|在|将|中|年内|明年|下|\d|Q\d|第)/u,
  /拟(?:于|在|将|申请|办理|取得|开发|支持|推出|升级|通过|获得|提供|建设)/u,
  /待(?:开发|办理|取得|发布|上线|认证|评估|测评|审批|定制|完善|支持|实现|验证|补充|获得)/u,
  /\b(?:not|partially|partly|cannot|can ?not|does not|do not|doesn't|don't|unable to) (?:yet )?(?:support(?:ed)?|meet|met|comply|provide[ds]?|available|offered|included)\b/iu,
  /\b(?:unsupported|roadmap(?! (?:visibility|review|sharing|briefing|workshop|session))|future release|next release|later release|next version|future version|coming soon|not yet)\b/iu,
  /\b(?:(?<!as )planned (?:for|in|release|version)|is planned|are planned|plan to|planning to|scheduled for release)\b/iu,
  /\b(?:in progress|under (?:assessment|evaluation|review|development|certification)|being (?:assessed|evaluated|certified|developed|prepared)|pending(?![-\w]| (?:transactions?|orders?|invoices?|items?|requests?|tasks?)))/iu,
  // Partial failures are retried: only partial support, compliance or coverage admits a shortfall.
  /\bpartially\b|\bpartial (?:support|compliance|coverage|match|implementation)\b/iu,
];

/**
 * Words after an admission that make it compliance: what we refuse is something the customer does not want
 * (不支持明文存储, 不支持弱口令, does not support plaintext passwords, 不具备排他性), or what is not needed
 * (目前不需要额外硬件, 尚不需要改造网络), or the plan's content (计划中包含 4 次巡检).
 */
export const NOT_A_SHORTFALL_AFTER = /^\s*(?:明文|弱口令|弱密码|匿名|后门|越权|排他|需要|需|必须|影响|收取|产生|额外|任何限制|限制|上限|包含|列明|规定|安排|plaintext|clear[- ]?text|weak|anonymous|any backdoor|backdoors?|by design|unauthori[sz]ed)/iu;
/** Words before an admission that deny it or make it a condition (无部分满足项, 若不满足, no partial support). */
export const NOT_A_SHORTFALL_BEFORE = /(?:无|没有|不存在|杜绝|若|如|如果|一旦|倘若|\bno|\bwithout|\bif)\s*$/iu;
/** A conditional clause is a penalty term, not an admission (不满足时按合同赔付, 未能及时响应的情况下…, if not met). */
// 时 as in 不满足时按…, not 实时/及时/小时 (不支持 24 小时连续运行 is an admission).
const CONDITIONAL = /(?<![实同及小按准适临届即随定当平])时(?=\s*(?:按|由|将|须|应|需|我方|则|$))|的情况下|\bin case\b/iu;
const CLAUSE_END = /[，。；,;.!?！？\n]/u;

/** True when the admission at `at`…`end` of `t` is negated, conditional or refuses something unwanted. */
function notAShortfall(t: string, at: number, end: number): boolean {
  if (NOT_A_SHORTFALL_AFTER.test(t.slice(end, end + 16)) || NOT_A_SHORTFALL_BEFORE.test(t.slice(Math.max(0, at - 4), at))) return true;
  // A bounded window keeps the scan linear on hostile text with no punctuation.
  const rest = t.slice(end, end + 40);
  const stop = rest.search(CLAUSE_END);
  return CONDITIONAL.test(stop < 0 ? rest : rest.slice(0, stop));
}

const GLOBAL = SHORTFALL_PHRASES.map((re) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`));

/** The first words of `text` that admit a shortfall, or undefined. Linear: each phrase is scanned once. */
export function shortfallAdmission(text: string): string | undefined {
  // NFKC folds full-width letters; format characters (zero-width, bidi) must not split a phrase.
  const t = text.normalize('NFKC').replace(/\p{Cf}/gu, '');
  let best: { at: number; words: string } | undefined;
  for (const re of GLOBAL) {
    for (const m of t.matchAll(re)) {
      if (best && m.index >= best.at) break;
      if (notAShortfall(t, m.index, m.index + m[0].length)) continue;
      best = { at: m.index, words: m[0] };
      break;
    }
  }
  return best?.words;
}
