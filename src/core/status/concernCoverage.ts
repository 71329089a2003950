import { CONCERNS } from '../method/concerns';
import type { ConcernId } from '../method/vocabulary';
import type { Engagement } from '../model/records';
import { solutionConcernAnswers } from '../model/concernAnswers';
import type { Localized } from '../types';
import type { StakeholderMap } from './stakeholderMap';

/** One customer concern and whether the solution answers it. */
export interface ConcernCoverage {
  concern: ConcernId;
  label: Localized;
  /** Stakeholder ids who hold it. */
  heldBy: string[];
  answered: boolean;
  /** Where the solution first answers it: file and zero-based line (a paragraph, table row or list item). */
  answeredAt?: { file: string; line: number };
}

/**
 * The concern checklist (客户的关注点): every concern, who holds it and whether the solution answers it
 * (`solutionConcernAnswers`: customer-visible lines, the same `concern-uncovered` reads). Without a solution nothing is answered.
 */
export function concernCoverage(e: Engagement, map: StakeholderMap): ConcernCoverage[] {
  const answers = solutionConcernAnswers(e);
  return CONCERNS.map((c) => {
    const at = answers.get(c.id);
    const out: ConcernCoverage = { concern: c.id, label: c.label, heldBy: map.people.filter((p) => p.concerns.includes(c.id)).map((p) => p.id), answered: at !== undefined };
    if (at) out.answeredAt = { file: at.file, line: at.line };
    return out;
  });
}
