import type { Engagement, Located } from '../model/engagement';
import { itemsOf } from '../model/engagement';
import { addDays, daysBetween } from '../text/isoDate';
import type { Localized } from '../types';
import { rangeFor } from './rangeFor';
import type { Rule } from './rule';

const MISSING: Localized = {
  en: 'The {type} on {date} has no follow-up and its {days}-day window closed on {due}. Revisit within three days (三天内回访) for the customer’s impression; call back now and record `follow_up`.',
  'zh-CN': '{date} 的{type}尚无回访记录，{days} 天回访期已于 {due} 结束。方法要求“三天内回访”了解客户印象，请尽快回访并填写 follow_up。',
};
const LATE: Localized = {
  en: 'The follow-up on {followUp} came {late} days after the {type} on {date}, beyond the {days}-day window (三天内回访). Revisit sooner next time, while the impression is fresh.',
  'zh-CN': '{date} 的{type}直到 {followUp} 才回访，间隔 {late} 天，超出“三天内回访”的 {days} 天要求。下次请趁客户印象犹新及时回访。',
};
const TYPE: Record<string, Localized> = {
  visit: { en: 'visit', 'zh-CN': '客户拜访' },
  briefing: { en: 'briefing', 'zh-CN': '宣介交流' },
  demo: { en: 'demo', 'zh-CN': '产品演示' },
};

/** Visits, and briefings/demos of the introduction stage: the activities the method wants revisited. */
function needsFollowUp(e: Engagement, a: Located<Record<string, unknown>>): boolean {
  const type = a.value.type;
  if (type === 'visit') return true;
  if (type !== 'briefing' && type !== 'demo') return false;
  // Without its own `stage`, an activity belongs to the stage the engagement is in.
  return (a.value.stage ?? e.stage) === 'introduction';
}

/** `follow-up-overdue`: no revisit within `follow_up_days` of a visit (once that window has passed), or a late one. */
export const followUpOverdue: Rule = {
  code: 'follow-up-overdue',
  run({ engagement: e, today, out }) {
    const days = e.policy.follow_up_days;
    for (const a of itemsOf(e, 'activities', 'items')) {
      if (!needsFollowUp(e, a)) continue;
      const activityIndex = a.path[1] as number;
      const date = a.value.date;
      const due = addDays(date, days);
      const elapsed = daysBetween(date, today);
      if (due === undefined || elapsed === undefined) continue;
      const common = { date: String(date), type: TYPE[String(a.value.type)][out.language], days, due };
      const fu = a.value.follow_up;
      if (fu === undefined || fu === null || fu === '') {
        if (elapsed <= days) continue; // the window is still open
        out.report(a.file.path, rangeFor(a.file, [[...a.path, 'date'], 'key'], [[...a.path, 'type'], 'key']), 'follow-up-overdue', MISSING, {
          params: common,
          data: { activityIndex, dueDate: due, date: String(date), path: a.path },
        });
        continue;
      }
      const late = daysBetween(date, fu);
      // An unreadable follow_up date is the schema's business; one before the visit is not "late".
      if (late === undefined || late <= days) continue;
      out.report(a.file.path, rangeFor(a.file, [[...a.path, 'follow_up'], 'value']), 'follow-up-overdue', LATE, {
        params: { ...common, followUp: String(fu), late },
        data: { activityIndex, dueDate: due, date: String(date), followUp: String(fu), lateDays: late, path: a.path },
      });
    }
  },
};
