import * as vscode from 'vscode';
import { isKind, isoDay, KIND_SPECS, REVIEW_RESULTS, type ReviewResult, type StageId, STAGE_IDS } from '../../core';
import { localToday } from '../localToday';
import { argsOf, stringArg, type Command, type CommandServices } from './command';
import { addListItem } from './listWriter';
import { displayText, oneOf } from './prompts';
import { choiceName, reviewResultRows, stageRows } from './recordChoices';
import { stageFiles } from './stageFiles';
import { inputStep, pickStep, runWizard, settle, type Row, type WizardStep } from './wizard';
import { writableEngagement } from './writerCommand';
import { confirmWritten } from './writtenAt';

/**
 * `presales.recordReview`: records a quick review (the bid review in bidding) in reviews.yaml: stage (the
 * current one first, or pre-set by the caller — the `gate-not-met` quick fix), the deliverable reviewed
 * (picked from the stage's files), result, reviewers and date. Args (all optional): `{ key | engagement,
 * stage, deliverable, result, reviewers, date }`; when the caller gives `result`, what it leaves out is not asked.
 */
export function recordReviewCommand(services: CommandServices): Command {
  return {
    id: 'presales.recordReview',
    async execute(arg?: unknown) {
      const state = await writableEngagement(services, arg, 'reviews');
      if (!state) return;
      const a = argsOf(arg);
      const e = state.engagement;
      const scripted = oneOf(a.result, REVIEW_RESULTS) !== undefined;
      const nodeStage = (a.stage as { id?: unknown } | undefined)?.id;
      const givenReviewers = Array.isArray(a.reviewers) ? a.reviewers.map(String) : stringArg(a, 'reviewers') !== undefined ? splitNames(stringArg(a, 'reviewers')!) : undefined;
      const givenDate = stringArg(a, 'date');
      const r: { stage?: StageId; deliverable?: string | null; result?: ReviewResult; reviewers?: string[]; date?: string } = {
        stage: oneOf(a.stage, STAGE_IDS) ?? oneOf(nodeStage, STAGE_IDS),
        deliverable: stringArg(a, 'deliverable') ?? (scripted ? null : undefined),
        result: oneOf(a.result, REVIEW_RESULTS),
        reviewers: givenReviewers ?? (scripted ? [] : undefined),
        date: givenDate && isoDay(givenDate) !== undefined ? givenDate : scripted ? localToday() : undefined,
      };
      const given = { ...r };
      const deliverableRows = (): Row<string>[] => (r.stage ? stageFiles(state, r.stage) : []).map(({ path, file }) => ({
        label: path, description: file.kind ? (isKind(file.kind) ? `${displayText(KIND_SPECS[file.kind].label)} · ${file.kind}` : file.kind) : '', value: path,
      }));
      const steps: WizardStep[] = [
        { skip: () => given.stage !== undefined, run: async (at) => settle(await pickStep(at, { placeholder: vscode.l10n.t('Stage under review'), rows: stageRows(e.stage), active: r.stage ?? e.stage }), (v) => (r.stage = v ?? undefined)) },
        {
          skip: () => given.deliverable !== undefined,
          run: async (at) => settle(await pickStep(at, { placeholder: vscode.l10n.t('Deliverable reviewed'), rows: deliverableRows(), active: r.deliverable ?? undefined, optional: true }), (v) => (r.deliverable = v)),
        },
        { skip: () => given.result !== undefined, run: async (at) => settle(await pickStep(at, { placeholder: vscode.l10n.t('Result'), rows: reviewResultRows(), active: r.result }), (v) => (r.result = v ?? undefined)) },
        {
          skip: () => given.reviewers !== undefined,
          run: async (at) => settle(await inputStep(at, { prompt: vscode.l10n.t('Reviewers (comma-separated)'), value: r.reviewers?.join(', '), optional: true }), (v) => (r.reviewers = splitNames(v))),
        },
        {
          skip: () => given.date !== undefined,
          run: async (at) => settle(await inputStep(at, {
            prompt: vscode.l10n.t('Date of the review (YYYY-MM-DD)'), value: r.date ?? localToday(),
            validate: (v) => (isoDay(v) === undefined ? vscode.l10n.t('Use the form YYYY-MM-DD, e.g. 2026-11-28.') : undefined),
          }), (v) => (r.date = v)),
        },
      ];
      if (!(await runWizard(vscode.l10n.t('Record Quick Review'), steps))) return;
      if (!r.stage || !r.result) return;
      const written = await addListItem(services, state, 'reviews', 'items', {
        stage: r.stage,
        deliverable: r.deliverable || undefined,
        date: r.date,
        result: r.result,
        reviewers: r.reviewers?.length ? r.reviewers : undefined,
      });
      if (written) void confirmWritten(vscode.l10n.t('Review of the {0} stage ({1}) added to {2}, line {3}.', choiceName(stageRows(undefined), r.stage), choiceName(reviewResultRows(), r.result), vscode.workspace.asRelativePath(written.uri), written.line + 1), written);
    },
  };
}

/** `a, b、c；d` → `[a, b, c, d]` (Chinese and ASCII separators). */
function splitNames(text: string): string[] {
  return text.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean);
}
