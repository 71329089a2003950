import { isMarkdownKind, KIND_SPECS, type MarkdownKind } from '../method/kinds';
import { owedDeliverables } from '../method/procurement';
import { stageSpec } from '../method/stages';
import type { Procurement } from '../method/vocabulary';
import { bidDeadline as deadlineOf } from '../model/bidDeadline';
import { where } from '../model/source';
import { daysBetween } from '../text/isoDate';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const AHEAD: Localized = {
  en: 'The bid is due {when} ({deadline}) and not final yet: {pending}. Finish it, pass the bid review (标书评审) and set `status: final`.',
  'zh-CN': '投标截止{when}（{deadline}），以下标书尚未定稿：{pending}。请抓紧完成，通过标书评审后将 status 改为 final。',
};
const PAST: Localized = {
  en: 'The bid deadline {deadline} passed {ago}, yet these bid documents are not final: {pending}. If the bid went in, mark the submitted version `status: final`; if the deadline was extended, write the new date; if no bid was made, record why in the closure report and move to Closure.',
  'zh-CN': '投标截止日 {deadline} 已过 {days} 天，以下标书仍未定稿：{pending}。已投标的，请将递交版本标为 final；截止日延期的，请改为新日期；未投标的，请在结束报告中写明原因并进入结束阶段。',
};
const WHEN = {
  today: { en: 'today', 'zh-CN': '就在今天' },
  days: { en: 'in {days} days', 'zh-CN': '仅剩 {days} 天' },
} satisfies Record<string, Localized>;
const AGO = { one: 'yesterday', many: '{days} days ago' };
const MISSING: Localized = { en: 'not written', 'zh-CN': '未编写' };

/**
 * Markdown deliverables the bidding stage owes on the tender's procurement route (technical and commercial
 * bids; the negotiation record on a negotiated route): their front matter must say `status: final`.
 * Deviation tables have no status field.
 */
function bidKinds(route: Procurement | undefined): MarkdownKind[] {
  return owedDeliverables(stageSpec('bidding'), route).deliverables.filter((k): k is MarkdownKind => isMarkdownKind(k));
}

/**
 * `bid-deadline`: the deadline is within `bid_deadline_days` or has passed, and a bid document is not final.
 * A passed deadline keeps warning until the bids are final or the engagement is at closure: a deal whose bid
 * deadline is weeks gone with no final bid is a record nobody closed (the portfolio still counts it as live).
 */
export const bidDeadline = defineRule({
  meta: {
    code: 'bid-deadline',
    severity: 'warning',
    summary: { 'zh-CN': '临近投标截止', en: 'The bid deadline is near' },
    description: {
      'zh-CN': '投标截止日临近（或已过）而技术标、商务标尚未定稿。标书需经标书评审后定稿递交，留足时间才能避免低级错误导致废标；截止日已过仍未定稿，说明投标结果或未投标的原因没有记录。',
      en: 'The bid deadline is near (or has passed) and the technical or commercial bid is not final. A bid is final only after the bid review; leaving time for it avoids the careless errors that void bids. Past the deadline, a bid still not final means nobody recorded whether it went in.',
    },
    thresholds: [{ key: 'bid_deadline_days', default: 7, summary: { 'zh-CN': '截止日前多少天开始提醒（截止日已过则一直提醒）', en: 'Days before the deadline to start warning (a passed deadline always warns)' } }],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('bid-deadline'),
    explain: {
      fires: {
        'zh-CN': '距投标截止不足 bid_deadline_days 天（或已过截止日、项目未到结束阶段），而技术标或商务标尚未定稿（`status: final`）。',
        en: 'The bid deadline is within bid_deadline_days days (or has passed and the engagement is not at Closure) and the technical or commercial bid is not `status: final`.',
      },
      example: '---\nkind: technical-bid\nstatus: draft     # deadline in 3 days\n---',
      format: 'markdown',
      fix: {
        'zh-CN': '安排标书评审，通过后把标书定稿；截止日已过的，记录投标结果或未投标的原因。',
        en: 'Hold the bid review and mark the bid final once it passes; past the deadline, record whether the bid went in.',
      },
    },
  },
  run({ engagement: e, today, language, threshold, report }) {
    if (e.stage === 'closure') return;
    const d = deadlineOf(e);
    if (!d) return;
    const left = daysBetween(today, d.date);
    const window = threshold('bid_deadline_days');
    if (left === undefined || left > window) return; // past the deadline: no lower bound
    const pending: { kind: MarkdownKind; file: string | null; status: string | null }[] = [];
    for (const kind of bidKinds(e.tenders[0]?.procurement)) {
      const docs = e.deliverables.filter((x) => x.kind === kind);
      if (docs.length === 0) pending.push({ kind, file: null, status: null });
      for (const doc of docs) if (doc.status !== 'final') pending.push({ kind, file: doc.file.path, status: doc.status ?? null });
    }
    if (pending.length === 0) return;
    const [sep, open, close] = language === 'en' ? [', ', ' (', ')'] : ['、', '（', '）'];
    const names = pending.map((p) => `${KIND_SPECS[p.kind].label[language]}${open}${p.file ? (p.status ?? '-') : MISSING[language]}${close}`).join(sep);
    const when = left === 0 ? WHEN.today[language] : WHEN.days[language].replace('{days}', String(left));
    const ago = (left === -1 ? AGO.one : AGO.many).replace('{days}', String(-left)); // English only: zh says 已过 N 天
    report(where(d.at), left >= 0 ? AHEAD : PAST, {
      params: { deadline: d.date, when, days: -left, ago, pending: names },
      data: { deadline: d.date, daysLeft: left, pending },
    });
  },
});
