import { stageIndex } from '../method/stages';
import type { Engagement, Located } from './engagement';
import { currentStageIndex, filesOfKind, isRecord, itemsOf } from './engagement';

const RESEARCH = stageIndex('research');

/** Activities of type `research`, in file order. */
export function researchActivities(e: Engagement): Located<Record<string, unknown>>[] {
  return itemsOf(e, 'activities', 'items').filter((a) => a.value.type === 'research');
}

/** Research is under way: the stage is research, or research activities exist and the stage is research or later. */
export function researchUnderWay(e: Engagement): boolean {
  const i = currentStageIndex(e);
  return i === RESEARCH || (i > RESEARCH && researchActivities(e).length > 0);
}

/** Research is under way or planned: also a research plan or a research activity before the research stage. */
export function researchPlanned(e: Engagement): boolean {
  return researchUnderWay(e) || filesOfKind(e, 'research-plan').length > 0 || researchActivities(e).length > 0;
}

/** The engagement's `research:` map (empty when absent). */
export function researchInfo(e: Engagement): Record<string, unknown> {
  return isRecord(e.data.research) ? e.data.research : {};
}
