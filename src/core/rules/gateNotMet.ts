import { currentStageIndex } from '../model/engagement';
import { stageProgress } from '../model/stageProgress';
import type { Localized } from '../types';
import type { Rule } from './rule';

const M: Localized = {
  en: 'The {stage} stage is behind us (now in {current}) but its gate is not met: {detail}.',
  'zh-CN': '已进入「{current}」阶段，但已走过的「{stage}」阶段门未通过：{detail}。',
};

/**
 * `gate-not-met`: for every stage before the current one, each unmet gate condition (stage summary
 * 本阶段总结与评价, quick review 交付物快速评审, follow-ups). Never for the current stage, whose gate is
 * still work in progress; missing deliverables are `missing-deliverable`'s business. The gates come from
 * `stageProgress`, the same source the status views draw.
 */
export const gateNotMet: Rule = {
  code: 'gate-not-met',
  run({ engagement: e, out }) {
    const current = currentStageIndex(e);
    if (current <= 0) return;
    const range = e.file.yaml ? e.file.yaml.rangeAt(['stage']) : e.file.lines.lineRange(0);
    const progress = stageProgress(e);
    const currentLabel = progress[current].label[out.language];
    for (const stage of progress.slice(0, current)) {
      for (const b of stage.blockers) {
        if (b.condition === 'deliverable') continue;
        out.report(e.file.path, range, 'gate-not-met', M, {
          params: { stage: stage.label[out.language], current: currentLabel, detail: b.message },
          data: { stage: stage.id, condition: b.condition },
        });
      }
    }
  },
};
