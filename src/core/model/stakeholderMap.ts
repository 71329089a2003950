import { DECISION_TYPES } from '../method/concerns';
import type { StakeholderChip, StakeholderMap, TypeCoverage } from '../status/statusTypes';
import { daysBetween } from '../text/isoDate';
import { lastContact } from './contacts';
import { itemsOf, type Engagement } from './engagement';

const TYPES = new Set<string>(DECISION_TYPES.map((t) => t.id));
const INFLUENCES = new Set(['high', 'medium', 'low']);
const ATTITUDES = new Set(['champion', 'supporter', 'neutral', 'skeptic', 'opponent']);

/**
 * The influence × attitude map and coverage per decision-maker type (客户的决策模式).
 * Last contact is `lastContact` (contacts.ts: `last_contact` or an activity `with` them, up to `today`),
 * the same the rules use; contacted = it exists; cold = older than `policy.stale_contact_days` (any influence).
 */
export function stakeholderMap(e: Engagement, today: string): StakeholderMap {
  const people: StakeholderChip[] = itemsOf(e, 'stakeholders', 'people').map(({ value: p, file, path }) => {
    const id = String(p.id ?? '');
    const last = lastContact(e, p, today)?.date;
    const days = last === undefined ? undefined : daysBetween(last, today);
    const chip: StakeholderChip = {
      id,
      name: typeof p.name === 'string' || typeof p.name === 'number' ? String(p.name) : id,
      type: TYPES.has(String(p.type)) ? (p.type as StakeholderChip['type']) : 'unknown',
      influence: INFLUENCES.has(String(p.influence)) ? (p.influence as StakeholderChip['influence']) : 'unknown',
      attitude: ATTITUDES.has(String(p.attitude)) ? (p.attitude as StakeholderChip['attitude']) : 'unknown',
      concerns: Array.isArray(p.concerns) ? p.concerns.filter((c): c is string => typeof c === 'string') : [],
      cold: days !== undefined && days > e.policy.stale_contact_days,
      file: file.path,
      range: file.yaml!.rangeAt(path, 'key'),
    };
    if (typeof p.title === 'string') chip.title = p.title;
    if (last !== undefined) chip.lastContact = last;
    if (days !== undefined) chip.daysSinceContact = days;
    return chip;
  });
  const coverage: TypeCoverage[] = DECISION_TYPES.map((t) => {
    const ofType = people.filter((p) => p.type === t.id);
    return { type: t.id, label: t.label, mapped: ofType.length, contacted: ofType.filter((p) => p.lastContact !== undefined).length };
  });
  return { people, coverage };
}
