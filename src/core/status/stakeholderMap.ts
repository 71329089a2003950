import { DECISION_TYPES } from '../method/concerns';
import type { Attitude, ConcernId, DecisionTypeId, Influence } from '../method/vocabulary';
import { lastContact } from '../model/contacts';
import type { Engagement } from '../model/records';
import { nearestRange } from '../model/source';
import { policyValue } from '../rules/ruleList';
import { daysBetween } from '../text/isoDate';
import type { Localized, Range } from '../types';

/** A person on the influence × attitude grid. */
export interface StakeholderChip {
  id: string;
  name: string;
  title?: string;
  type: DecisionTypeId | 'unknown';
  influence: Influence | 'unknown';
  attitude: Attitude | 'unknown';
  concerns: ConcernId[];
  lastContact?: string;
  /** Days since last contact (from `today`), when known. */
  daysSinceContact?: number;
  cold: boolean;
  file: string;
  range: Range;
}

/** Coverage of one decision-maker type. */
export interface TypeCoverage {
  type: DecisionTypeId;
  label: Localized;
  mapped: number;
  contacted: number;
  /** Nobody of the type is mapped, or nobody mapped was ever contacted (客户的决策模式 has a hole). */
  gap: boolean;
}

/** The stakeholder map model. */
export interface StakeholderMap {
  people: StakeholderChip[];
  coverage: TypeCoverage[];
}

/**
 * The influence × attitude map and coverage per decision-maker type (客户的决策模式).
 * Last contact is `lastContact` (model/contacts.ts), the same the rules use; contacted = it exists;
 * cold = older than `stale_contact_days` (any influence).
 */
export function stakeholderMap(e: Engagement, today: string): StakeholderMap {
  const coldAfter = policyValue(e.policy, 'stale_contact_days');
  const people: StakeholderChip[] = e.people.map((p) => {
    const id = p.id ?? '';
    const last = lastContact(e, p, today)?.date;
    const days = last === undefined ? undefined : daysBetween(last, today);
    const where = nearestRange(p.at, [], 'key');
    const chip: StakeholderChip = {
      id,
      name: p.name ?? id,
      type: p.type ?? 'unknown',
      influence: p.influence ?? 'unknown',
      attitude: p.attitude ?? 'unknown',
      concerns: p.concerns.filter((c) => c !== undefined),
      cold: days !== undefined && days > coldAfter,
      file: where.file,
      range: where.range,
    };
    if (p.title !== undefined) chip.title = p.title;
    if (last !== undefined) chip.lastContact = last;
    if (days !== undefined) chip.daysSinceContact = days;
    return chip;
  });
  const coverage: TypeCoverage[] = DECISION_TYPES.map((t) => {
    const ofType = people.filter((p) => p.type === t.id);
    const contacted = ofType.filter((p) => p.lastContact !== undefined).length;
    return { type: t.id, label: t.label, mapped: ofType.length, contacted, gap: ofType.length === 0 || contacted === 0 };
  });
  return { people, coverage };
}
