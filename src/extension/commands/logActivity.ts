import * as vscode from 'vscode';
import { ACTIVITY_TYPES, type ActivityType, isoDay, owesFollowUpAt, policyValue, type StageId, STAGE_IDS } from '../../core';
import { localToday } from '../localToday';
import { argsOf, stringArg, type Command, type CommandServices } from './command';
import { addListItem } from './listWriter';
import { oneOf } from './prompts';
import { activityTypeRows, choiceName, personRows, stageRows } from './recordChoices';
import { inputStep, pickManyStep, pickStep, runWizard, settle, type WizardStep } from './wizard';
import { writableEngagement } from './writerCommand';
import { confirmWritten } from './writtenAt';

/**
 * `presales.logActivity`: date (today, editable), type, stage (the current one first), who took part
 * (picked from the stakeholders), effort in days and the follow-up date. The follow-up is NEVER
 * pre-filled: Enter on the empty box writes no `follow_up`, so a visit whose revisit has not happened keeps
 * `follow-up-overdue` firing — a pre-filled date would record an event that never took place.
 * Args (all optional): `{ key | engagement, type, date, stage, with: string[], effort_days, follow_up }`.
 * When the caller gives `type`, what it leaves out is not asked (and no follow-up is written).
 */
export function logActivityCommand(services: CommandServices): Command {
  return {
    id: 'presales.logActivity',
    async execute(arg?: unknown) {
      const state = await writableEngagement(services, arg, 'activities');
      if (!state) return;
      const a = argsOf(arg);
      const e = state.engagement;
      const scripted = oneOf(a.type, ACTIVITY_TYPES) !== undefined;
      const dateProblem = (v: string) => (isoDay(v) === undefined ? vscode.l10n.t('Use the form YYYY-MM-DD, e.g. 2026-11-28.') : undefined);
      const givenDate = stringArg(a, 'date');
      const r: { date?: string; type?: ActivityType; stage?: StageId | null; with?: string[]; effort?: number | null; followUp?: string } = {
        date: givenDate && isoDay(givenDate) !== undefined ? givenDate : undefined,
        type: oneOf(a.type, ACTIVITY_TYPES),
        stage: oneOf(a.stage, STAGE_IDS) ?? (scripted ? e.stage ?? null : undefined),
        with: Array.isArray(a.with) ? a.with.map(String) : scripted ? [] : undefined,
        effort: typeof a.effort_days === 'number' && a.effort_days >= 0 ? a.effort_days : scripted ? null : undefined,
        followUp: stringArg(a, 'follow_up') ?? (scripted ? '' : undefined),
      };
      const given = { ...r };
      const people = personRows(e.people);
      const followUpDays = policyValue(e.policy, 'follow_up_days');
      const steps: WizardStep[] = [
        { skip: () => given.date !== undefined, run: async (at) => settle(await inputStep(at, { prompt: vscode.l10n.t('Date of the activity (YYYY-MM-DD)'), value: r.date ?? localToday(), validate: dateProblem }), (v) => (r.date = v)) },
        { skip: () => given.type !== undefined, run: async (at) => settle(await pickStep(at, { placeholder: vscode.l10n.t('Type of activity'), rows: activityTypeRows(), active: r.type }), (v) => (r.type = v ?? undefined)) },
        { skip: () => given.stage !== undefined, run: async (at) => settle(await pickStep(at, { placeholder: vscode.l10n.t('Stage it belongs to'), rows: stageRows(e.stage), active: r.stage ?? e.stage }), (v) => (r.stage = v)) },
        { skip: () => given.with !== undefined, run: async (at) => settle(await pickManyStep(at, { placeholder: vscode.l10n.t('With whom? (stakeholders)'), rows: people, picked: r.with }), (v) => (r.with = v)) },
        {
          skip: () => given.effort !== undefined,
          run: async (at) => settle(await inputStep(at, {
            prompt: vscode.l10n.t('Effort in person-days'), placeholder: vscode.l10n.t('e.g. 0.5'), optional: true,
            validate: (v) => (/^\d+(\.\d+)?$/.test(v) ? undefined : vscode.l10n.t('Enter a number of days, e.g. 0.5 or 2.')),
          }), (v) => (r.effort = v === '' ? null : Number(v))),
        },
        {
          skip: () => given.followUp !== undefined,
          run: async (at) => settle(await inputStep(at, {
            prompt: r.type && owesFollowUpAt(r.type, r.stage ?? undefined)
              ? vscode.l10n.t('Follow-up date, once the revisit has happened (the method asks within {0} days); leave empty until then', followUpDays)
              : vscode.l10n.t('Follow-up date, if there was one; leave empty otherwise'),
            optional: true,
            validate: (v) => dateProblem(v) ?? (r.date && v < r.date ? vscode.l10n.t('The follow-up cannot be before the activity ({0}).', r.date) : undefined),
          }), (v) => (r.followUp = v)),
        },
      ];
      if (!(await runWizard(vscode.l10n.t('Log Activity'), steps))) return;
      if (!r.date || !r.type) return;
      const written = await addListItem(services, state, 'activities', 'items', {
        date: r.date,
        type: r.type,
        stage: r.stage ?? undefined,
        with: r.with?.length ? r.with : undefined,
        effort_days: r.effort ?? undefined,
        follow_up: r.followUp || undefined,
      });
      if (written) void confirmWritten(vscode.l10n.t('Activity of {0} ({1}) added to {2}, line {3}.', r.date, choiceName(activityTypeRows(), r.type), vscode.workspace.asRelativePath(written.uri), written.line + 1), written);
    },
  };
}
