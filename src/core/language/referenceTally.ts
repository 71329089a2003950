import type { IdIndex } from './idIndex';
import { referencesOf } from './idIndex';

/** Where a stakeholder is named: every reference site of the id index, by the record that names it. */
export interface StakeholderTally {
  /** All reference sites (the code lens's number). */
  total: number;
  /** `source` of requirements. */
  requirements: number;
  /** `with` of activities. */
  activities: number;
  /** The interface form's `contacts` and qualification `approver` / `champion`. */
  interfaceForm: number;
}

/**
 * One count of a person's references for the hover card and the code lens, so the two never disagree.
 * The parts add up to `total`: whatever is not a requirement's source or an activity's `with` is the form's.
 */
export function stakeholderTally(index: IdIndex, id: string): StakeholderTally {
  const refs = referencesOf(index, 'stakeholder', id);
  const requirements = refs.filter((r) => r.field === 'source').length;
  const activities = refs.filter((r) => r.field === 'with').length;
  return { total: refs.length, requirements, activities, interfaceForm: refs.length - requirements - activities };
}
