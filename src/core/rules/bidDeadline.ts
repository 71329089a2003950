import { KIND_SPECS, type Kind } from '../method/kinds';
import { filesOfKind, isRecord, type Engagement } from '../model/engagement';
import type { SourceFile } from '../parse/sourceFile';
import { daysBetween } from '../text/isoDate';
import type { Localized } from '../types';
import { rangeFor, type Place } from './rangeFor';
import type { Rule } from './rule';

const AHEAD: Localized = {
  en: 'The bid is due {when} ({deadline}) and not final yet: {pending}. Finish it, pass the bid review (标书评审) and set `status: final`.',
  'zh-CN': '投标截止{when}（{deadline}），以下标书尚未定稿：{pending}。请抓紧完成，通过标书评审后将 status 改为 final。',
};
const PAST: Localized = {
  en: 'The bid deadline {deadline} passed {days} days ago, yet {pending} is still not final. Mark the submitted version `status: final`, or record why the bid was not made.',
  'zh-CN': '投标截止日 {deadline} 已过 {days} 天，{pending} 仍未定稿。请将已递交版本标为 final，或记录未投标的原因。',
};
const WHEN = {
  today: { en: 'today', 'zh-CN': '就在今天' },
  days: { en: 'in {days} days', 'zh-CN': '仅剩 {days} 天' },
} satisfies Record<string, Localized>;
const MISSING: Localized = { en: 'not written', 'zh-CN': '未编写' };

/** Markdown bid deliverables whose front matter must say `status: final`. Deviation tables have no status field. */
const BID_KINDS: Kind[] = ['technical-bid', 'commercial-bid'];

/** The deadline and where it is written: the tender's `deadline`, else engagement `dates.bid_deadline`. */
function deadlineOf(e: Engagement): { date: unknown; file: SourceFile; place: Place } | undefined {
  for (const f of filesOfKind(e, 'tender')) {
    if (isRecord(f.data) && f.data.deadline !== undefined) return { date: f.data.deadline, file: f, place: [['deadline'], 'value'] };
  }
  const dates = e.data.dates;
  if (isRecord(dates) && dates.bid_deadline !== undefined) return { date: dates.bid_deadline, file: e.file, place: [['dates', 'bid_deadline'], 'value'] };
  return undefined;
}

/** `bid-deadline`: the deadline is within `bid_deadline_days` (either side) and a bid document is not final. */
export const bidDeadline: Rule = {
  code: 'bid-deadline',
  run({ engagement: e, today, out }) {
    if (e.stage === 'closure') return;
    const d = deadlineOf(e);
    if (!d) return;
    const left = daysBetween(today, d.date);
    const window = e.policy.bid_deadline_days;
    if (left === undefined || left > window || left < -window) return;
    const pending: { kind: Kind; file: string | null; status: string | null }[] = [];
    for (const kind of BID_KINDS) {
      const files = filesOfKind(e, kind);
      if (files.length === 0) pending.push({ kind, file: null, status: null });
      for (const f of files) {
        const status = isRecord(f.data) && typeof f.data.status === 'string' ? f.data.status : null;
        if (status !== 'final') pending.push({ kind, file: f.path, status });
      }
    }
    if (pending.length === 0) return;
    const [sep, open, close] = out.language === 'en' ? [', ', ' (', ')'] : ['、', '（', '）'];
    const names = pending.map((p) => `${KIND_SPECS[p.kind].label[out.language]}${open}${p.file ? (p.status ?? '-') : MISSING[out.language]}${close}`).join(sep);
    const deadline = String(d.date);
    const when = left === 0 ? WHEN.today[out.language] : WHEN.days[out.language].replace('{days}', String(left));
    out.report(d.file.path, rangeFor(d.file, d.place), 'bid-deadline', left >= 0 ? AHEAD : PAST, {
      params: { deadline, when, days: -left, pending: names },
      data: { deadline, daysLeft: left, pending },
    });
  },
};
