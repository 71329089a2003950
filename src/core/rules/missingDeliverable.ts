import { KIND_SPECS } from '../method/kinds';
import { owedDeliverables } from '../method/procurement';
import { STAGES } from '../method/stages';
import { currentStageIndex, filesOfKind } from '../model/engagement';
import { becomesHistory } from '../model/findingTiming';
import { stageSkipped } from '../model/stageSkip';
import { nearestRange } from '../model/source';
import type { Language, Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const LEFT: Localized = {
  en: 'The {stage} stage is behind us but deliverables are missing: {list}. Create each from its template.',
  'zh-CN': '已走过「{stage}」阶段，但缺少交付物：{list}。请从模板逐一创建。',
};
const RECORD: Localized = {
  en: 'The {stage} stage was left without: {list}. For the presales evaluation (售前考评).',
  'zh-CN': '「{stage}」阶段结束时缺少：{list}，记入售前考评。',
};
const CURRENT: Localized = {
  en: 'Still to do in the {stage} stage: {list}.',
  'zh-CN': '「{stage}」阶段待完成：{list}。',
};
const LIST: Record<Language, { item: (label: string, kind: string) => string; join: string }> = {
  en: { item: (label, kind) => `${label} (${kind})`, join: ', ' },
  'zh-CN': { item: (label, kind) => `${label}（${kind}）`, join: '、' },
};

/**
 * `missing-deliverable`: one finding per stage that lacks deliverables, listing them in the message and in
 * `data.kinds` (one quick fix each) rather than a stack of findings on `stage:`. Warning for stages already
 * left, information for the current one.
 */
export const missingDeliverable = defineRule({
  meta: {
    code: 'missing-deliverable',
    severity: 'warning',
    summary: { 'zh-CN': '阶段缺少交付物', en: 'A stage lacks a deliverable' },
    description: {
      'zh-CN': '已走过的阶段缺少方法要求的交付物（当前阶段的则作为待办提示）。每个阶段的交付物是下一阶段的输入。',
      en: 'A stage already left lacks a deliverable the method asks for (for the current stage it is a to-do). Each stage’s deliverables are the next stage’s inputs.',
    },
    thresholds: [],
    pitfall: false,
    fixable: true,
    docs: docsAnchor('missing-deliverable'),
    explain: {
      fires: {
        'zh-CN': '已走过的阶段缺少方法要求的交付物（当前阶段缺少时为待办提示）。',
        en: 'A stage already left lacks a deliverable the method asks for (for the current stage it is a to-do).',
      },
      example: 'kind: engagement\nstage: solution        # 03-research/report.md was never written',
      fix: {
        'zh-CN': '用快速修复或“新建交付物”从模板创建该文件并补写内容。',
        en: 'Create the file from its template (quick fix or New Deliverable) and write it.',
      },
    },
  },
  run({ engagement: e, language, report }) {
    const current = currentStageIndex(e);
    const at = nearestRange(e.at, ['stage']);
    const route = e.tenders[0]?.procurement;
    STAGES.slice(0, current + 1).forEach((stage, i) => {
      // A stage the method let the engagement skip owes nothing (research with `reason: none`).
      if (stageSkipped(e, stage)) return;
      // The procurement route decides what the bidding stage owes (method/procurement.ts).
      const kinds = owedDeliverables(stage, route).deliverables.filter((kind) => filesOfKind(e, kind).length === 0);
      if (kinds.length === 0) return;
      const left = i < current;
      const words = LIST[language];
      const list = kinds.map((kind) => words.item(KIND_SPECS[kind].label[language], kind)).join(words.join);
      report(at, left ? (becomesHistory('missing-deliverable', current, stage.id) ? RECORD : LEFT) : CURRENT, {
        severity: left ? 'warning' : 'info',
        params: { stage: stage.label[language], list },
        data: { stage: stage.id, kinds },
      });
    });
  },
});
