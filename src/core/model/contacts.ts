import { daysBetween } from '../text/isoDate';
import type { Activity, Engagement, Person } from './records';

/** The most recent contact with a stakeholder and what records it. */
export interface LastContact {
  date: string;
  /** `last_contact` in stakeholders.yaml, or an activity `with` the person. */
  via: 'last_contact' | 'activity';
}

/**
 * The latest date on or before `today` that the person was contacted: their `last_contact` or any
 * activity `with` them. Planned (future) activities and invalid dates do not count.
 */
export function lastContact(e: Engagement, person: Person, today: string): LastContact | undefined {
  let best: LastContact | undefined;
  const consider = (date: string | undefined, via: LastContact['via']) => {
    if (date === undefined || (daysBetween(date, today) ?? -1) < 0) return;
    if (!best || (daysBetween(best.date, date) ?? 0) > 0) best = { date, via };
  };
  consider(person.lastContact, 'last_contact');
  const id = person.id;
  if (id !== undefined) for (const a of activitiesWith(e.activities).get(id) ?? []) consider(a.date, 'activity');
  return best;
}

/** Activities per stakeholder id, built once per activity list: asked per person, a scan was people × activities. */
const byPerson = new WeakMap<readonly Activity[], Map<string, Activity[]>>();

function activitiesWith(activities: readonly Activity[]): Map<string, Activity[]> {
  let index = byPerson.get(activities);
  if (!index) {
    index = new Map();
    for (const a of activities) {
      for (const id of new Set(a.with.map((w) => w.id))) {
        const list = index.get(id);
        if (list) list.push(a);
        else index.set(id, [a]);
      }
    }
    byPerson.set(activities, index);
  }
  return index;
}
