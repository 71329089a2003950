import * as vscode from 'vscode';
import { type StageId, STAGES } from '../../core';
import { localToday } from '../engagementStore';
import { argsOf, stringArg, type Command, type CommandServices } from './command';
import { resolveEngagement } from './engagementArg';
import { listWriteAllowed } from './listWriteAllowed';
import { addListItem } from './listWriter';
import { askText, displayText, oneOf, pickOne, type Choice } from './prompts';
import { canWrite } from './writeGuard';

/**
 * `presales.recordReview`: records a quick review (the bid review in bidding) in reviews.yaml: stage
 * (the current one by default), result and reviewers. Args: `{ key | engagement, stage, result, reviewers }`.
 */
export function recordReviewCommand(services: CommandServices): Command {
  return {
    id: 'presales.recordReview',
    async execute(arg?: unknown) {
      if (!canWrite()) return;
      const state = await resolveEngagement(services.store, arg);
      if (!state || !listWriteAllowed(state, 'reviews')) return;
      const a = argsOf(arg);
      const current = state.engagement.stage;
      const nodeStage = (a.stage as { id?: unknown } | undefined)?.id;
      const ordered = [...STAGES].sort((x, y) => Number(y.id === current) - Number(x.id === current));
      const stage = oneOf<StageId>(a.stage, STAGES.map((s) => s.id)) ?? oneOf<StageId>(nodeStage, STAGES.map((s) => s.id)) ?? (await pickOne(vscode.l10n.t('Stage under review'), ordered.map((s): Choice<StageId> => ({
        label: displayText(s.label), description: s.id === current ? vscode.l10n.t('{0} · current', s.id) : s.id, value: s.id,
      }))));
      if (!stage) return;
      const result = oneOf(a.result, ['pass', 'fail'] as const) ?? (await pickOne(vscode.l10n.t('Result'), [
        { label: vscode.l10n.t('Passed'), description: 'pass', value: 'pass' as const },
        { label: vscode.l10n.t('Failed — fix and review again'), description: 'fail', value: 'fail' as const },
      ]));
      if (!result) return;
      const given = Array.isArray(a.reviewers) ? a.reviewers.map(String) : undefined;
      const typed = given ? undefined : stringArg(a, 'reviewers') ?? (await askText(vscode.l10n.t('Reviewers (comma-separated, optional)')));
      if (!given && typed === undefined) return;
      const reviewers = given ?? (typed ?? '').split(/[,,、;]/).map((r) => r.trim()).filter(Boolean);
      await addListItem(services, state, 'reviews', 'items', { stage, date: localToday(), result, reviewers: reviewers.length ? reviewers : undefined });
    },
  };
}
