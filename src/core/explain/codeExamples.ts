import type { Localized } from '../types';

/** What the Explain page shows besides a code's meta: the trigger, a file that fires it, and the fix. */
export interface CodeExample {
  /** Exactly what fires it (the rule's condition, in words). */
  fires: Localized;
  /** A small file excerpt that fires it (field names as in FORMAT.md). */
  example: string;
  format?: 'yaml' | 'markdown' | 'text';
  /** What to do about it. */
  fix: Localized;
}

const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/**
 * One example per code (test/unit/explain/explainPage.test.ts fails when a code of CODE_META has none, so a
 * new rule cannot ship without its Explain page). Keyed by the public code.
 */
export const CODE_EXAMPLES: Readonly<Record<string, CodeExample>> = {
  'yaml-syntax': {
    fires: t('文件（或 Markdown 的文档头）无法按 YAML 解析，或文件无法读取。', 'A file (or a Markdown front matter) cannot be parsed as YAML, or cannot be read.'),
    example: 'kind: stakeholders\npeople:\n  - id: ann-chief\n    name: Ann: Chief   # a second ": " in a plain value',
    fix: t('按提示位置修正语法；含 `: `、`#` 等字符的值请加引号。', 'Fix the syntax where the finding points; quote values that contain `: `, `#` and the like.'),
  },
  schema: {
    fires: t('字段缺失、类型错误，或取值不在 FORMAT.md 约定的范围内。', 'A field is missing, has the wrong type, or holds a value FORMAT.md does not allow.'),
    example: 'kind: stakeholders\npeople:\n  - id: ann-chief\n    type: boss        # not one of approver | it-decider | business-decider | user',
    fix: t('按消息改成约定的值；缺少必填字段时，快速修复会插入该字段。', 'Use a value the format allows; for a missing required field the quick fix inserts it.'),
  },
  'unknown-kind': {
    fires: t('文件声明的 `kind` 不是本产品认识的类型，或 YAML 文件没有 `kind`。', 'A file declares a `kind` the product does not know, or a YAML file has no `kind`.'),
    example: 'kind: stakeholder-list   # the kind is `stakeholders`\npeople: []',
    fix: t('写上正确的 `kind`（见 FORMAT.md 的类型表）；不属于售前项目的文件可移出项目文件夹。', 'Write the right `kind` (FORMAT.md lists them); move files that are not part of the engagement out of its folder.'),
  },
  'bidi-control': {
    fires: t('文件中出现不可见的双向控制字符（U+202A–U+202E、U+2066–U+2069）。', 'A file holds an invisible bidirectional control character (U+202A–U+202E, U+2066–U+2069).'),
    example: 'title: "Pricing \\u202Eok si tnuocsid"   # displays reversed',
    fix: t('删除该字符（问题正指向它），然后核对这一行显示的内容与实际内容是否一致。', 'Delete the character (the finding points at it), then check that the line reads as it is stored.'),
  },
  'missing-section': {
    fires: t('Markdown 交付物缺少方法要求的章节（按字母或任一语言的章节名识别）。问题标在该章节应插入的位置。', 'A Markdown deliverable lacks a section the method requires (found by its letter or its title in either language). It is reported where the section belongs.'),
    example: '---\nkind: research-plan\n---\n# Research plan\n## Customer background\n## Research scope\n## IT situation        # "Data situation" belongs before this heading',
    format: 'markdown',
    fix: t('用快速修复在应在的位置插入章节标题，再补写内容。', 'Use the quick fix to insert the heading where it belongs, then write the section.'),
  },
  'internal-error': {
    fires: t('某条规则在检查时出错，它的结论因此缺失。', 'A rule failed while checking, so its findings are missing.'),
    example: '(no file fires it on purpose: it is a bug)',
    format: 'text',
    fix: t('请附上相关文件报告此问题；其他规则的结论不受影响。', 'Report it with the file; the other rules’ findings are unaffected.'),
  },
  'missing-deliverable': {
    fires: t('已走过的阶段缺少方法要求的交付物（当前阶段缺少时为待办提示）。', 'A stage already left lacks a deliverable the method asks for (for the current stage it is a to-do).'),
    example: 'kind: engagement\nstage: solution        # 03-research/report.md was never written',
    fix: t('用快速修复或“新建交付物”从模板创建该文件并补写内容。', 'Create the file from its template (quick fix or New Deliverable) and write it.'),
  },
  'dangling-reference': {
    fires: t('`source`、`with`、`contacts` 或 `req` 中的编号找不到对应的干系人或需求。', 'An id in `source`, `with`, `contacts` or `req` names no stakeholder or requirement.'),
    example: 'kind: requirements\nitems:\n  - id: REQ-002\n    title: Nurse rota on the ward tablets\n    source: ghost-person   # no such stakeholder',
    fix: t('改正拼写，或用快速修复添加该干系人／需求。', 'Correct the id, or add the stakeholder or requirement with the quick fix.'),
  },
  'scope-creep': {
    fires: t('报价合计（不含可选项、扣除折扣）超过预算 ×（1 + scope_tolerance）；超过预算 × scope_error_factor 时为错误。', 'The priced total (options out, discount off) exceeds budget × (1 + scope_tolerance); past budget × scope_error_factor it is an error.'),
    example: '# engagement.yaml: budget: {amount: 1000000, currency: CNY}\nkind: pricing\nlines:\n  - item: Platform\n    amount: 900000\n  - item: Extra modules the customer asked for\n    amount: 400000      # total 1,300,000 > 1,100,000',
    fix: t('熔断：削减范围（把愿望移出或设为可选项），或先让客户追加预算，再继续报价。', 'Break the circuit: cut the scope (move wishes out or make them optional), or get the budget raised before pricing more.'),
  },
  'blind-yes': {
    fires: t('被判定为不合理（`reasonable: false`）的需求仍被标为满足或已报价。', 'A requirement judged unreasonable (`reasonable: false`) is still met or priced.'),
    example: 'kind: requirements\nitems:\n  - id: REQ-003\n    title: A custom report per physician\n    reasonable: false\n    status: met',
    fix: t('引导客户回到原始需求，或把它标为 `out-of-scope`，并从报价中移出。', 'Guide the customer back to the original need, or mark it `out-of-scope` and take it out of the pricing.'),
  },
  'follow-up-overdue': {
    fires: t('拜访（以及宣介阶段的汇报、演示）超过 follow_up_days 天仍没有 `follow_up`，或回访晚于期限。', 'A visit (and a briefing or demo of the introduction stage) has no `follow_up` after follow_up_days days, or a late one.'),
    example: 'kind: activities\nitems:\n  - date: 2026-11-20\n    type: visit\n    with: [ann-chief]\n    # no follow_up: the revisit has not happened',
    fix: t('回访后把实际日期写入 `follow_up`（快速修复可填入）；没有回访就不要填——这条提醒应当保留。', 'After the revisit, write its real date in `follow_up` (the quick fix can); until then leave it empty — the reminder should stay.'),
  },
  'research-without-need': {
    fires: t('已开展调研（进入调研阶段或有调研活动），但 `research.reason` 为空或为 `none`。', 'Research is under way (research stage or research activities) while `research.reason` is empty or `none`.'),
    example: 'kind: engagement\nstage: research\nresearch:\n  reason: none',
    fix: t('写明调研原因（approval-blocked、progress-blocked、fierce-competition）；没有原因就跳过调研。', 'Record why (approval-blocked, progress-blocked, fierce-competition); without a reason, skip research.'),
  },
  'research-first': {
    fires: t('客户没有同类项目经验（`customer_experienced: false`），而我方是第一个开展调研的厂商（`first_vendor: true`）。', 'The customer has no experience of such a project (`customer_experienced: false`) and we research first (`first_vendor: true`).'),
    example: 'kind: engagement\nresearch:\n  reason: fierce-competition\n  first_vendor: true\n  customer_experienced: false',
    fix: t('轻量调研，并让调研成果为我方所用（例如写进招标参数）。', 'Keep the research light and make its results count for us (e.g. in the tender specs).'),
  },
  'customer-not-user': {
    fires: t('调研阶段及以后，干系人中没有使用者（`type: user`），或没有任何需求来自使用者。', 'From the research stage on, no stakeholder is a user (`type: user`), or no requirement comes from one.'),
    example: 'kind: stakeholders\npeople:\n  - id: ann-chief\n    type: approver\n  - id: ian-cio\n    type: it-decider\n# nobody who will use the system',
    fix: t('找到并记录真正的使用者，向他们调研需求，并在需求的 `source` 中注明。', 'Find and record the real users, hear their needs, and name them in the requirements’ `source`.'),
  },
  'over-investment': {
    fires: t('调研投入的人天超过 max(research_days_min, 预算（百万）× research_days_per_million)。', 'Research person-days exceed max(research_days_min, budget in millions × research_days_per_million).'),
    example: '# budget 500,000 → limit max(5, 0.5 × 10) = 5 days\nkind: activities\nitems:\n  - date: 2026-11-10\n    type: research\n    effort_days: 8',
    fix: t('权衡成本与风险，及时收手；确有必要时提高 `policy` 中的限额并说明理由。', 'Weigh cost against risk and stop in time; if it is truly worth it, raise the limit in `policy` and say why.'),
  },
  'decision-maker-gap': {
    fires: t('方案阶段及以后，没有映射拍板者或 IT技术抉择者，或从未与其联系（`last_contact` 为空）。', 'From the solution stage on, no approver or no IT decider is mapped, or one was never contacted (no `last_contact`).'),
    example: 'kind: stakeholders\npeople:\n  - id: ann-chief\n    type: approver\n    # no last_contact\n# and no it-decider at all',
    fix: t('找到并接触缺失的决策者，记录拜访活动和 `last_contact`。', 'Find and meet the missing decision maker; log the visit and their `last_contact`.'),
  },
  'stale-contact': {
    fires: t('高影响力干系人的最近联系日期早于 stale_contact_days 天前。', 'A high-influence stakeholder’s last contact is older than stale_contact_days days.'),
    example: 'kind: stakeholders\npeople:\n  - id: ian-cio\n    influence: high\n    last_contact: 2026-09-01   # over 30 days ago',
    fix: t('安排一次接触并记录活动，更新 `last_contact`。', 'Arrange a contact, log the activity and update `last_contact`.'),
  },
  'form-incomplete': {
    fires: t('启动阶段之后，售前接口表仍缺少关键诉求、预算或联系人。', 'After kickoff, the interface form still lacks the key demands, the budget or the contacts.'),
    example: 'kind: interface-form\nkey_demands: []     # empty\ncontacts: []',
    fix: t('请销售补全接口表：关键诉求、预算、联系人。', 'Have sales complete the form: key demands, budget, contacts.'),
  },
  'demand-untraced': {
    fires: t('接口表中的某条关键诉求没有任何需求承接。', 'A key demand of the interface form is followed by no requirement.'),
    example: 'kind: interface-form\nkey_demands:\n  - Cut outpatient waiting time   # no requirement mentions it',
    fix: t('为该诉求添加需求，或在需求中注明它对应的诉求。', 'Add a requirement for it, or say in a requirement which demand it answers.'),
  },
  'unqualified-investment': {
    fires: t('已进入调研或更后阶段，但机会鉴定缺少已确认的预算、拍板者或决策标准。', 'In research or later, the qualification lacks a confirmed budget, an approver or the decision criteria.'),
    example: 'kind: interface-form\nqualification:\n  budget_confirmed: false\n  # no approver, no decision criteria',
    fix: t('先鉴定销售机会：确认预算、拍板者与决策标准；否则暂停投入。', 'Qualify first: confirm the budget, the approver and the decision criteria; otherwise pause the investment.'),
  },
  'estimate-over-budget': {
    fires: t('尚无报价时，范围内需求的估算（`estimate`）合计已超过预算 ×（1 + scope_tolerance）。', 'With no pricing yet, the estimates (`estimate`) of the needs in scope already exceed budget × (1 + scope_tolerance).'),
    example: '# budget 500,000\nkind: requirements\nitems:\n  - id: REQ-001\n    estimate: 400000\n  - id: REQ-002\n    estimate: 300000',
    fix: t('尽早熔断：在承诺之前削减范围或争取追加预算。', 'Break the circuit early: cut the scope or get more budget before anything is promised.'),
  },
  'opponent-unhandled': {
    fires: t('高影响力的反对者在 stale_contact_days 天内没有任何接触。', 'A high-influence opponent has had no contact within stale_contact_days days.'),
    example: 'kind: stakeholders\npeople:\n  - id: bob-cfo\n    influence: high\n    attitude: opponent\n    last_contact: 2026-08-15',
    fix: t('尽早会面，弄清反对理由，并通过拥护者或案例回应。', 'Meet early, learn the objection, and answer it through a champion or a reference.'),
  },
  'basic-need-unmet': {
    fires: t('基本需求（`kano: basic`）的状态为 `unmet`。', 'A basic need (`kano: basic`) has `status: unmet`.'),
    example: 'kind: requirements\nitems:\n  - id: REQ-001\n    title: Online booking\n    kano: basic\n    status: unmet',
    fix: t('满足它、找到替代方案，或回溯到原始需求重新确认。', 'Meet it, work around it, or trace it back to the original need first.'),
  },
  'star-negative-deviation': {
    fires: t('偏离表中 ★ 条款的行为负偏离（`deviation: negative`）。', 'A ★ row of a deviation table deviates negatively (`deviation: negative`).'),
    example: 'kind: deviation-table\nitems:\n  - ref: "3.1"\n    mark: ★\n    deviation: negative',
    fix: t('满足该条款，否则不要投标。', 'Meet the clause, or do not bid.'),
  },
  'bare-response': {
    fires: t('偏离表的应答只有“响应／满足／comply”，没有说明与证据。', 'A deviation-table response says only “comply/响应/满足”, without how or proof.'),
    example: 'kind: deviation-table\nitems:\n  - ref: "2.4"\n    response: 满足',
    fix: t('写明如何满足：品牌、型号、参数及证明材料所在页码。', 'State how it is met: brand, model, parameters and the page of proof.'),
  },
  'price-over-ceiling': {
    fires: t('报价合计超过招标预算金额或最高限价中较低者。', 'The priced total exceeds the lower of the tender budget and the ceiling price.'),
    example: 'kind: tender\nbudget: 2000000\nceiling_price: 1900000\n# pricing total: 1,950,000',
    fix: t('把报价降到限价以内（调整配置或折扣），否则投标无效。', 'Bring the price under the ceiling (configuration or discount); otherwise the bid is invalid.'),
  },
  'clause-unanswered': {
    fires: t('招标文件中的 ★／▲ 条款在偏离表中没有对应的行。', 'A ★ or ▲ clause of the tender has no row in the deviation tables.'),
    example: 'kind: tender\nclauses:\n  - ref: "3.2"\n    mark: ★\n# no deviation row has ref "3.2"',
    fix: t('在偏离表中逐条应答该条款。', 'Answer the clause in its own deviation row.'),
  },
  'deviation-contradiction': {
    fires: t('某行标为 `none`／`positive`，但应答承认有欠缺，或给出的数字达不到条款要求。', 'A row says `none` or `positive` while its response admits a shortfall or states a number that misses the clause’s bound.'),
    example: 'kind: deviation-table\nitems:\n  - requirement: 至少 3 个同类案例\n    response: 提供 2 个案例\n    deviation: none',
    fix: t('如实标为负偏离并设法弥补，或修正应答内容。', 'Mark it as the negative deviation it is and make up for it, or correct the response.'),
  },
  'vacuous-evidence': {
    fires: t('证据只写“详见技术方案”“见附件”之类，没有卷册、章节或页码。', 'Evidence says only “see proposal”, “see attachment” and the like, with no volume, section or page.'),
    example: 'kind: deviation-table\nitems:\n  - ref: "2.1"\n    evidence: [详见技术方案]',
    fix: t('写明卷册、章节和页码，例如“技术标 第 3.2 节 第 45 页”。', 'Name the volume, section and page, e.g. “Technical bid, §3.2, p. 45”.'),
  },
  'score-loss': {
    fires: t('按招标评分规则测算我方会失分；单项失分超过 score_loss_warn 时为警告。', 'By the tender’s scoring rules we lose points; past score_loss_warn points on one item it is a warning.'),
    example: 'kind: tender\nscoring:\n  - item: References\n    type: commercial\n    rule: count\n    per: 2\n    points: 6\n    count: 1      # 2 of 6 points: 4 lost',
    fix: t('补齐可得分项（案例、资质），减少 ▲ 负偏离，或重新测算价格。', 'Add what scores (references, certificates), reduce ▲ negative deviations, or rework the price.'),
  },
  'control-unproven': {
    fires: t('我方写入招标文件的 ★／▲ 控标参数缺少证明材料或质疑应答。', 'A ★ or ▲ control parameter we placed lacks proof or a prepared answer to a challenge.'),
    example: 'kind: bid-control\nitems:\n  - parameter: 支持 5000 并发\n    mark: ★\n    # no proof, no challenge answer',
    fix: t('准备证明（手册、检测报告、案例）和质疑应答。', 'Prepare the proof (manual, test report, reference) and the answer to a challenge.'),
  },
  'biased-clause': {
    fires: t('有利于竞争对手的条款，我方负偏离应答或未应答。', 'A clause favouring a competitor is answered negatively by us, or not at all.'),
    example: 'kind: tender\nclauses:\n  - ref: "4.3"\n    favours: CareSoft\n# our row: deviation: negative',
    fix: t('在法定期限内通过正式渠道澄清或质疑，或提供等效方案并加以证明。', 'Within the statutory period ask for clarification or challenge it formally, or offer an equivalent and prove it.'),
  },
  'total-mismatch': {
    fires: t('报价文件中写的 `total` 与各行计算结果之差超过 total_tolerance。', 'The written `total` differs from what the lines compute by more than total_tolerance.'),
    example: 'kind: pricing\nlines:\n  - amount: 600000\n  - amount: 400000\ntotal: 900000      # lines give 1,000,000',
    fix: t('修正 `total`，或删除它让各行决定合计。', 'Correct `total`, or remove it and let the lines decide.'),
  },
  'currency-mismatch': {
    fires: t('报价、预算与招标使用了不同的币种，无法比较。', 'The pricing, the budget and the tender use different currencies, so they cannot be compared.'),
    example: '# engagement.yaml: budget: {amount: 500000, currency: USD}\nkind: pricing\ncurrency: CNY',
    fix: t('同一报价的所有文件统一为一种币种。', 'Use one currency for every file of the quote.'),
  },
  'bid-deadline': {
    fires: t('距投标截止不足 bid_deadline_days 天（或刚过），而技术标或商务标尚未定稿（`status: final`）。', 'The bid deadline is within bid_deadline_days days (or just passed) and the technical or commercial bid is not `status: final`.'),
    example: '---\nkind: technical-bid\nstatus: draft     # deadline in 3 days\n---',
    format: 'markdown',
    fix: t('安排标书评审，通过后把标书定稿。', 'Hold the bid review and mark the bid final once it passes.'),
  },
  'concern-uncovered': {
    fires: t('某位干系人的关注点（价格、功能、性能、易用性、使用成本、使用风险、使用保证、品牌）在方案中无处回应。', 'A concern a stakeholder holds (price, function, performance, usability, cost of use, risk, assurance, brand) is answered nowhere in the solution.'),
    example: 'kind: stakeholders\npeople:\n  - id: ann-chief\n    concerns: [risk]\n# solution.md never speaks of risk, security, backup…',
    fix: t('在方案中专门回应该关注点（例如安全与容灾一节）。', 'Answer the concern in the solution (e.g. a section on security and recovery).'),
  },
  'need-unanswered': {
    fires: t('从方案阶段起，某条基本需求（`kano: basic`）的编号没有出现在解决方案客户可见的正文中（注释、代码块和标题不算）。', 'From the solution stage on, a basic need’s id (`kano: basic`) appears nowhere in the customer-visible text of the solution (comments, code and headings do not count).'),
    example: '# requirements.yaml: REQ-001 Online booking, kano: basic\n## D Overall design\n\nThe portal offers appointment reminders.   <!-- REQ-001 is never cited -->',
    format: 'markdown',
    fix: t('在方案正文中写明如何满足该需求，并引用其编号（如“REQ-001：网上预约……”）。', 'Say in the solution how the need is met and cite its id (e.g. “REQ-001: online booking …”).'),
  },
  'scope-untraced': {
    fires: t('报价中某个非可选行的 `req` 为空，没有对应任何需求。', 'A non-optional pricing line has no `req`: it traces to no requirement.'),
    example: 'kind: pricing\nlines:\n  - item: Platform licence\n    amount: 300000\n    req: [REQ-001]\n  - item: Data warehouse      # nobody asked for it\n    amount: 200000',
    fix: t('为该行注明它满足的需求（`req`）；没有需求支撑的就删去，或设为可选项（`optional: true`）。', 'Name the requirement the line answers (`req`); if none does, drop it or make it optional (`optional: true`).'),
  },
  'gate-not-met': {
    fires: t('当前阶段之前的某个阶段缺少阶段总结、通过的快速评审或回访。', 'A stage before the current one lacks its stage summary, a passed quick review or its follow-ups.'),
    example: 'kind: engagement\nstage: solution\n# 03-research/summary.md is missing, and reviews.yaml has no passed research review',
    fix: t('用快速修复从模板创建该阶段的总结，并记录该阶段的快速评审。', 'Use the quick fixes: create that stage’s summary from its template, and record its quick review.'),
  },
};
