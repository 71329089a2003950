import { where, whereFirst } from '../model/source';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const NO_OUTCOME: Localized = {
  en: 'The engagement is closed but its closure report states no `outcome` (won, lost, abandoned or no-decision): the team’s win rate and loss reading leave it out. Write the outcome.',
  'zh-CN': '项目已进入结束阶段，但结束报告未填写 `outcome`（won、lost、abandoned 或 no-decision）：团队的赢率与输赢分析都不会计入它。请填写结果。',
};

const NO_REASONS: Localized = {
  en: 'The deal is lost but the closure report gives no `reasons`: the loss reading is the point of the closure stage (结束). Write why we lost (price, references, relationships…) so the team’s loss reasons count this deal.',
  'zh-CN': '项目已丢单，但结束报告未填写 `reasons`：结束阶段的要点正是输赢分析。请写明丢单原因（价格、案例、客户关系……），团队的丢单原因统计才会计入这个项目。',
};

/**
 * `closure-incomplete`: a closure report that the team's win/loss reading cannot use — no `outcome` once the
 * engagement is in closure (at the `kind` key), or `outcome: lost` with no `reasons` (at the `reasons` key, else at
 * `outcome`). One finding per closure report.
 */
export const closureIncomplete = defineRule({
  meta: {
    code: 'closure-incomplete',
    severity: 'warning',
    term: '结束',
    summary: { 'zh-CN': '结束报告缺少结果或丢单原因', en: 'The closure report lacks the outcome or the loss reasons' },
    description: {
      'zh-CN': '结束阶段的要点是输赢分析：结束报告要写明结果（赢单、丢单、放弃、未决），丢单还要写明原因。缺了结果，项目从团队的赢率里消失；缺了原因，丢单分析就少了这一单。',
      en: 'The point of the closure stage is the win/loss reading: the closure report states the outcome (won, lost, abandoned, no decision) and, for a lost deal, the reasons. Without an outcome the engagement drops out of the team’s win rate; without reasons the loss analysis misses this deal.',
    },
    thresholds: [],
    pitfall: false,
    fixable: false,
    docs: docsAnchor('closure-incomplete'),
    explain: {
      fires: {
        'zh-CN': '结束阶段的结束报告未填写 `outcome`，或 `outcome: lost` 却没有 `reasons`。',
        en: 'A closure report in the closure stage has no `outcome`, or says `outcome: lost` with no `reasons`.',
      },
      example: '---\nkind: closure-report\nstage: closure\noutcome: lost\nlost_to: Rival Corp\n---',
      format: 'markdown',
      fix: {
        'zh-CN': '补上 `reasons:`，例如 `- 价格`、`- 缺少同行业案例`。',
        en: 'Add `reasons:`, e.g. `- Price`, `- No reference in the sector`.',
      },
    },
  },
  run({ engagement: e, report }) {
    for (const d of e.deliverables) {
      const c = d.closure;
      if (!c) continue;
      if (c.outcome === undefined) {
        // Only once closed: a report drafted ahead of the outcome is work in progress.
        if (e.stage === 'closure') report(where(d.at, 'outcome'), NO_OUTCOME, { data: { missing: 'outcome' } });
      } else if (c.outcome === 'lost' && c.reasons.every((r) => r.trim() === '')) {
        report(whereFirst(d.at, [['reasons'], 'key'], [['outcome'], 'value']), NO_REASONS, { data: { missing: 'reasons' } });
      }
    }
  },
});
