import * as vscode from 'vscode';
import { type Attitude, ATTITUDES, CONCERN_IDS, type ConcernId, DECISION_TYPE_IDS, type DecisionTypeId, type Influence, INFLUENCES, isoDay, isValidId, suggestId } from '../../core';
import { localToday } from '../localToday';
import { argsOf, stringArg, type Command, type CommandServices } from './command';
import { addListItem } from './listWriter';
import { oneOf } from './prompts';
import { attitudeRows, concernRows, decisionTypeRows, influenceRows } from './recordChoices';
import { inputStep, pickManyStep, pickStep, runWizard, settle, type WizardStep } from './wizard';
import { writableEngagement } from './writerCommand';
import { confirmWritten } from './writtenAt';

/**
 * `presales.addStakeholder`: name, id (suggested from the name — pinyin for Chinese names — and editable),
 * job title, decision-maker type, influence, attitude, concerns and last contact (optional, never
 * defaulted to today); appends the whole person to stakeholders.yaml without touching its comments.
 * Args (all optional): `{ key | engagement, id, name, title, type, influence, attitude, concerns, last_contact }`.
 * When the caller gives `name`, the optional fields it leaves out are not asked.
 */
export function addStakeholderCommand(services: CommandServices): Command {
  return {
    id: 'presales.addStakeholder',
    async execute(arg?: unknown) {
      const state = await writableEngagement(services, arg, 'stakeholders');
      if (!state) return;
      const a = argsOf(arg);
      const scripted = stringArg(a, 'name') !== undefined;
      const taken = new Set(state.engagement.people.flatMap((p) => (p.id === undefined ? [] : [p.id])));
      const idProblem = (v: string) =>
        !isValidId(v) ? vscode.l10n.t('Use letters, digits, "-", "_" or "." only, starting with a letter or digit (no spaces or slashes).')
          : taken.has(v) ? vscode.l10n.t('{0} is already taken.', v) : undefined;
      const today = localToday();
      const dateProblem = (v: string) => (isoDay(v) === undefined ? vscode.l10n.t('Use the form YYYY-MM-DD, e.g. 2026-11-28.') : v > today ? vscode.l10n.t('A contact cannot be in the future.') : undefined);
      const p: {
        name?: string; id?: string; title?: string; type?: DecisionTypeId; influence?: Influence | null; attitude?: Attitude | null; concerns?: ConcernId[]; lastContact?: string;
      } = {
        name: stringArg(a, 'name'),
        id: stringArg(a, 'id'),
        title: stringArg(a, 'title') ?? (scripted ? '' : undefined),
        // A tree group node carries `type: 'personType'` and the decision type in `personType`.
        type: oneOf(a.type, DECISION_TYPE_IDS) ?? oneOf(a.personType, DECISION_TYPE_IDS),
        influence: oneOf(a.influence, INFLUENCES) ?? (scripted ? null : undefined),
        attitude: oneOf(a.attitude, ATTITUDES) ?? (scripted ? null : undefined),
        concerns: Array.isArray(a.concerns) ? a.concerns.filter((c): c is ConcernId => oneOf(c, CONCERN_IDS) !== undefined) : scripted ? [] : undefined,
        lastContact: stringArg(a, 'last_contact') ?? (scripted ? '' : undefined),
      };
      const given = { ...p };
      const steps: WizardStep[] = [
        { skip: () => given.name !== undefined, run: async (at) => settle(await inputStep(at, { prompt: vscode.l10n.t('Full name of the stakeholder'), value: p.name }), (v) => (p.name = v)) },
        {
          skip: () => given.id !== undefined,
          run: async (at) => settle(await inputStep(at, {
            prompt: vscode.l10n.t('Stakeholder id (requirements and activities refer to it; suggested from the name, editable)'),
            value: await suggestId(p.name ?? '', taken), validate: idProblem,
          }), (v) => (p.id = v)),
        },
        { skip: () => given.title !== undefined, run: async (at) => settle(await inputStep(at, { prompt: vscode.l10n.t('Job title'), value: p.title, optional: true }), (v) => (p.title = v)) },
        { skip: () => given.type !== undefined, run: async (at) => settle(await pickStep(at, { placeholder: vscode.l10n.t('Decision-maker type'), rows: decisionTypeRows(), active: p.type }), (v) => (p.type = v ?? undefined)) },
        { skip: () => given.influence !== undefined, run: async (at) => settle(await pickStep(at, { placeholder: vscode.l10n.t('Influence on the decision'), rows: influenceRows(), active: p.influence ?? undefined, optional: true }), (v) => (p.influence = v)) },
        { skip: () => given.attitude !== undefined, run: async (at) => settle(await pickStep(at, { placeholder: vscode.l10n.t('Attitude towards us'), rows: attitudeRows(), active: p.attitude ?? undefined, optional: true }), (v) => (p.attitude = v)) },
        { skip: () => given.concerns !== undefined, run: async (at) => settle(await pickManyStep(at, { placeholder: vscode.l10n.t('What this person cares about (concerns)'), rows: concernRows(), picked: p.concerns }), (v) => (p.concerns = v)) },
        {
          skip: () => given.lastContact !== undefined,
          run: async (at) => settle(await inputStep(at, {
            prompt: vscode.l10n.t('Last contact (YYYY-MM-DD) — only if you have actually met or spoken'), placeholder: vscode.l10n.t('e.g. {0}', today), optional: true, validate: dateProblem,
          }), (v) => (p.lastContact = v)),
        },
      ];
      if (!(await runWizard(vscode.l10n.t('Add Stakeholder'), steps))) return;
      if (!p.name || !p.id || !p.type) return;
      const problem = idProblem(p.id) ?? (p.lastContact ? dateProblem(p.lastContact) : undefined);
      if (problem) return void vscode.window.showErrorMessage(problem);
      const written = await addListItem(services, state, 'stakeholders', 'people', {
        id: p.id,
        name: p.name,
        title: p.title || undefined,
        type: p.type,
        influence: p.influence ?? undefined,
        attitude: p.attitude ?? undefined,
        concerns: p.concerns?.length ? p.concerns : undefined,
        last_contact: p.lastContact || undefined,
      });
      if (written) void confirmWritten(vscode.l10n.t('Stakeholder {0} ({1}) added to {2}, line {3}.', p.id, p.name, vscode.workspace.asRelativePath(written.uri), written.line + 1), written);
    },
  };
}
