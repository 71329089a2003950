import { stageIndex, STAGES, type StageSpec } from '../method/stages';
import { currentStageIndex } from './engagement';
import type { Engagement } from './records';
import { researchActivities } from './research';

/**
 * True when the engagement skips a stage the method lets it skip (`StageSpec.mayBeSkipped`; docs/format.md Format 2
 * "Research may be skipped"): `research.reason: none` and no `research` activity. A skipped stage owes nothing —
 * no deliverable, summary, review or follow-up — its gate is met, and the pipeline shows it as skipped. The stage
 * the engagement is in is never skipped (`research-without-need` speaks there).
 */
export function stageSkipped(e: Engagement, stage: Pick<StageSpec, 'id' | 'mayBeSkipped'>): boolean {
  if (!stage.mayBeSkipped || currentStageIndex(e) === stageIndex(stage.id)) return false;
  return e.research.reason === 'none' && researchActivities(e).length === 0;
}

/** The stage that follows stage index `i` for this engagement, past any stage it skips (undefined after the last). */
export function nextStage(e: Engagement, i: number): StageSpec | undefined {
  let j = i + 1;
  while (j < STAGES.length - 1 && stageSkipped(e, STAGES[j])) j++;
  return STAGES[j];
}
