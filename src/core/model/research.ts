import { stageIndex } from '../method/stages';
import { currentStageIndex } from './engagement';
import type { Activity, Engagement } from './records';

const RESEARCH = stageIndex('research');

/** Activities of type `research`, in file order. */
export function researchActivities(e: Engagement): Activity[] {
  return e.activities.filter((a) => a.type === 'research');
}

/** Research is under way: the stage is research, or research activities exist and the stage is research or later. */
export function researchUnderWay(e: Engagement): boolean {
  const i = currentStageIndex(e);
  return i === RESEARCH || (i > RESEARCH && researchActivities(e).length > 0);
}

/** Research is under way or planned: also a research plan or a research activity before the research stage. */
export function researchPlanned(e: Engagement): boolean {
  return researchUnderWay(e) || e.deliverables.some((d) => d.kind === 'research-plan') || researchActivities(e).length > 0;
}
