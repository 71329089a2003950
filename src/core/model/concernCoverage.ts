import { CONCERNS, concernAnswered } from '../method/concerns';
import type { ConcernCoverage, StakeholderMap } from '../status/statusTypes';
import { filesOfKind, type Engagement } from './engagement';

/**
 * The concern checklist (客户的关注点): every concern, who holds it and whether the solution document
 * answers it (keyword match in either language). Without a solution document nothing is answered.
 */
export function concernCoverage(e: Engagement, map: StakeholderMap): ConcernCoverage[] {
  const text = filesOfKind(e, 'solution').map((f) => f.text).join('\n');
  return CONCERNS.map((c) => ({
    concern: c.id,
    label: c.label,
    heldBy: map.people.filter((p) => p.concerns.includes(c.id)).map((p) => p.id),
    answered: text !== '' && concernAnswered(c.id, text),
  }));
}
