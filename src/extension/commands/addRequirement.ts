import * as vscode from 'vscode';
import { nextRequirementId } from '../../core';
import { argsOf, stringArg, type Command, type CommandServices } from './command';
import { resolveEngagement } from './engagementArg';
import { listWriteAllowed } from './listWriteAllowed';
import { addListItem } from './listWriter';
import { askText, oneOf, pickOne } from './prompts';
import { canWrite } from './writeGuard';

const KANO = ['basic', 'performance', 'excitement'] as const;

/**
 * `presales.addRequirement`: title and Kano class; the id is the next `REQ-NNN` unless given.
 * Args (all optional): `{ key | engagement, id, title, kano }`.
 */
export function addRequirementCommand(services: CommandServices): Command {
  return {
    id: 'presales.addRequirement',
    async execute(arg?: unknown) {
      if (!canWrite()) return;
      const state = await resolveEngagement(services.store, arg);
      if (!state || !listWriteAllowed(state, 'requirements')) return;
      const a = argsOf(arg);
      const id = stringArg(a, 'id') ?? nextRequirementId(state.engagement.requirements.map((r) => r.id));
      const title = stringArg(a, 'title') ?? (await askText(vscode.l10n.t('Requirement {0}: the need in the customer\'s words', id), { required: true }));
      if (title === undefined) return;
      const kano = oneOf(a.kano, KANO) ?? (await pickOne(vscode.l10n.t('Kano class'), [
        { label: vscode.l10n.t('Basic need'), description: 'basic', detail: vscode.l10n.t('Unmet, the customer will not buy'), value: 'basic' as const },
        { label: vscode.l10n.t('Performance need'), description: 'performance', detail: vscode.l10n.t('More is better'), value: 'performance' as const },
        { label: vscode.l10n.t('Excitement need'), description: 'excitement', detail: vscode.l10n.t('Unique extra value'), value: 'excitement' as const },
      ]));
      if (!kano) return;
      await addListItem(services, state, 'requirements', 'items', { id, title, kano });
    },
  };
}
