import * as vscode from 'vscode';
import { DECISION_TYPES, type DecisionTypeId, deriveId, isValidId } from '../../core';
import { argsOf, stringArg, type Command, type CommandServices } from './command';
import { resolveEngagement } from './engagementArg';
import { listWriteAllowed } from './listWriteAllowed';
import { addListItem } from './listWriter';
import { askText, displayText, oneOf, pickOne, type Choice } from './prompts';
import { canWrite } from './writeGuard';

const INFLUENCE = ['high', 'medium', 'low'] as const;
const ATTITUDE = ['champion', 'supporter', 'neutral', 'skeptic', 'opponent'] as const;

/**
 * `presales.addStakeholder`: name, id (derived from the name, editable), job title, decision-maker type,
 * influence and attitude; appends the person to stakeholders.yaml without touching its comments.
 * Args (all optional): `{ key | engagement, id, name, title, type, influence, attitude }`.
 */
export function addStakeholderCommand(services: CommandServices): Command {
  return {
    id: 'presales.addStakeholder',
    async execute(arg?: unknown) {
      if (!canWrite()) return;
      const state = await resolveEngagement(services.store, arg);
      if (!state || !listWriteAllowed(state, 'stakeholders')) return;
      const a = argsOf(arg);
      const taken = new Set(state.engagement.people.flatMap((p) => (p.id === undefined ? [] : [p.id])));
      const name = stringArg(a, 'name') ?? (await askText(vscode.l10n.t('Full name of the stakeholder'), { required: true }));
      if (name === undefined) return;
      const validate = (v: string) =>
        !isValidId(v) ? vscode.l10n.t('Use letters, digits, "-", "_" or "." only, starting with a letter or digit (no spaces or slashes).')
          : taken.has(v) ? vscode.l10n.t('{0} is already taken.', v) : undefined;
      const id = stringArg(a, 'id') ?? (await askText(vscode.l10n.t('Stakeholder id (requirements and activities refer to it)'), { value: deriveId(name, taken), required: true, validate }));
      if (id === undefined) return;
      if (validate(id)) return void vscode.window.showErrorMessage(validate(id)!);
      const title = stringArg(a, 'title') ?? (a.name !== undefined ? '' : await askText(vscode.l10n.t('Job title (optional)')));
      if (title === undefined) return;
      const type = oneOf<DecisionTypeId>(a.type ?? a.personType, DECISION_TYPES.map((t) => t.id)) ?? (await pickOne(vscode.l10n.t('Decision-maker type'), DECISION_TYPES.map((t): Choice<DecisionTypeId> => ({
        label: displayText(t.label), description: `${t.id} · ${t.label['zh-CN']} / ${t.label.en}`, detail: displayText(t.cares), value: t.id,
      }))));
      if (!type) return;
      const influence = oneOf(a.influence, INFLUENCE) ?? (await pickOne(vscode.l10n.t('Influence'), [
        { label: vscode.l10n.t('High'), description: 'high', value: 'high' as const },
        { label: vscode.l10n.t('Medium'), description: 'medium', value: 'medium' as const },
        { label: vscode.l10n.t('Low'), description: 'low', value: 'low' as const },
      ]));
      if (!influence) return;
      const attitude = oneOf(a.attitude, ATTITUDE) ?? (await pickOne(vscode.l10n.t('Attitude towards us'), [
        { label: vscode.l10n.t('Champion'), description: 'champion', value: 'champion' as const },
        { label: vscode.l10n.t('Supporter'), description: 'supporter', value: 'supporter' as const },
        { label: vscode.l10n.t('Neutral'), description: 'neutral', value: 'neutral' as const },
        { label: vscode.l10n.t('Skeptic'), description: 'skeptic', value: 'skeptic' as const },
        { label: vscode.l10n.t('Opponent'), description: 'opponent', value: 'opponent' as const },
      ]));
      if (!attitude) return;
      await addListItem(services, state, 'stakeholders', 'people', { id, name, title: title || undefined, type, influence, attitude });
    },
  };
}
