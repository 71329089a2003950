import { KIND_SPECS } from '../method/kinds';
import { STAGES } from '../method/stages';
import { currentStageIndex, filesOfKind } from '../model/engagement';
import type { Rule } from '../rules/rule';
import type { Localized } from '../types';

const LEFT: Localized = {
  en: 'The {stage} stage is behind us but its {label} ({kind}) is missing. Create it from the template.',
  'zh-CN': '已走过「{stage}」阶段，但缺少其交付物「{label}」（{kind}）。请从模板创建。',
};
const CURRENT: Localized = {
  en: 'Still to do in the {stage} stage: the {label} ({kind}).',
  'zh-CN': '「{stage}」阶段待完成：{label}（{kind}）。',
};

/** `missing-deliverable`: warning for stages already left, information for the current one. */
export const missingDeliverables: Rule = {
  code: 'missing-deliverable',
  run({ engagement: e, out }) {
    const current = currentStageIndex(e);
    const range = e.file.yaml ? e.file.yaml.rangeAt(['stage']) : e.file.lines.lineRange(0);
    STAGES.slice(0, current + 1).forEach((stage, i) => {
      for (const kind of stage.deliverables) {
        if (filesOfKind(e, kind).length > 0) continue;
        const left = i < current;
        out.report(e.file.path, range, 'missing-deliverable', left ? LEFT : CURRENT, {
          severity: left ? 'warning' : 'info',
          params: { stage: stage.label[out.language], label: KIND_SPECS[kind].label[out.language], kind },
          data: { kind, stage: stage.id, path: KIND_SPECS[kind].defaultPath },
        });
      }
    });
  },
};
