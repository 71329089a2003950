import { STAGES } from '../method/stages';
import { currentStageIndex } from '../model/engagement';
import { becomesHistory } from '../model/findingTiming';
import { activityStage, owesFollowUp } from '../model/followUps';
import { where, whereFirst } from '../model/source';
import { addDays, daysBetween } from '../text/isoDate';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const MISSING: Localized = {
  en: 'The {type} on {date} has no follow-up and its {days}-day window closed on {due}. Revisit within three days (三天内回访) for the customer’s impression; call back now and record `follow_up`.',
  'zh-CN': '{date} 的{type}尚无回访记录，{days} 天回访期已于 {due} 结束。方法要求“三天内回访”了解客户印象，请尽快回访并填写 follow_up。',
};
const LATE: Localized = {
  en: 'The follow-up on {followUp} came {late} days after the {type} on {date}, beyond the {days}-day window (三天内回访). Revisit sooner next time, while the impression is fresh.',
  'zh-CN': '{date} 的{type}直到 {followUp} 才回访，间隔 {late} 天，超出“三天内回访”的 {days} 天要求。下次请趁客户印象犹新及时回访。',
};
const MISSED: Localized = {
  en: 'The {type} on {date} ({stage} stage) was never followed up within {days} days (三天内回访). That stage is behind us: this is for the presales evaluation (售前考评), not a call to make now.',
  'zh-CN': '{date} 的{type}（「{stage}」阶段）没有在 {days} 天内回访，未做到“三天内回访”。该阶段已经走过，记入售前考评，无需现在补访。',
};
const TYPE: Record<string, Localized> = {
  visit: { en: 'visit', 'zh-CN': '客户拜访' },
  briefing: { en: 'briefing', 'zh-CN': '宣介交流' },
  demo: { en: 'demo', 'zh-CN': '产品演示' },
};

/** `follow-up-overdue`: no revisit within `follow_up_days` of a visit (once that window has passed), or a late one. */
export const followUpOverdue = defineRule({
  meta: {
    code: 'follow-up-overdue',
    severity: 'warning',
    term: '三天内回访',
    summary: { 'zh-CN': '拜访后未按时回访', en: 'A visit was not followed up in time' },
    description: {
      'zh-CN': '客户拜访（以及宣介阶段的汇报、演示）之后，应在三天内回访，趁客户印象犹新了解其反馈与顾虑。超期未回访或回访过晚都会错过时机。',
      en: 'After a customer visit (and the briefings and demos of the introduction stage) the method asks for a revisit within three days, while the impression is fresh, to hear feedback and doubts. No follow-up, or a late one, misses that moment.',
    },
    thresholds: [{ key: 'follow_up_days', default: 3, summary: { 'zh-CN': '回访期限（天）', en: 'Days allowed before the follow-up' } }],
    pitfall: true,
    fixable: true,
    docs: docsAnchor('follow-up-overdue'),
    explain: {
      fires: {
        'zh-CN': '拜访（以及宣介阶段的汇报、演示）超过 follow_up_days 天仍没有 `follow_up`，或回访晚于期限。',
        en: 'A visit (and a briefing or demo of the introduction stage) has no `follow_up` after follow_up_days days, or a late one.',
      },
      example: 'kind: activities\nitems:\n  - date: 2026-11-20\n    type: visit\n    with: [ann-chief]\n    # no follow_up: the revisit has not happened',
      fix: {
        'zh-CN': '回访后把实际日期写入 `follow_up`（快速修复可填入）；没有回访就不要填——这条提醒应当保留。',
        en: 'After the revisit, write its real date in `follow_up` (the quick fix can); until then leave it empty — the reminder should stay.',
      },
    },
  },
  run({ engagement: e, today, language, threshold, report }) {
    const days = threshold('follow_up_days');
    const current = currentStageIndex(e);
    for (const a of e.activities) {
      if (!owesFollowUp(e, a) || a.date === undefined) continue;
      const due = addDays(a.date, days)!;
      const elapsed = daysBetween(a.date, today);
      if (elapsed === undefined) continue;
      const common = { date: a.date, type: TYPE[a.type!][language], days, due };
      // `stage` tells the timing pass (method/timing.ts) which stage the visit belongs to.
      const stage = activityStage(e, a);
      const base = { activityIndex: a.index, dueDate: due, date: a.date, path: a.at.path, stage: stage ?? null };
      if (!a.followUpWritten) {
        if (elapsed <= days) continue; // the window is still open
        const past = becomesHistory('follow-up-overdue', current, stage);
        const label = STAGES.find((s) => s.id === stage)?.label[language] ?? '';
        report(whereFirst(a.at, [['date'], 'key'], [['type'], 'key']), past ? MISSED : MISSING, { params: { ...common, stage: label }, data: base });
        continue;
      }
      const late = daysBetween(a.date, a.followUp);
      // An unreadable follow_up date is the schema's business; one before the visit is not "late".
      if (late === undefined || late <= days) continue;
      report(where(a.at, 'follow_up'), LATE, { params: { ...common, followUp: a.followUp, late }, data: { ...base, followUp: a.followUp, lateDays: late } });
    }
  },
});

