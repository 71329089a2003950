import * as vscode from 'vscode';
import { nextStage, setStage, stageIndex, STAGES } from '../../core';
import { editFile } from './applyWrites';
import type { Command, CommandServices } from './command';
import { resolveEngagement } from './engagementArg';
import { displayText } from './prompts';
import { canWrite } from './writeGuard';

/**
 * `presales.advanceStage`: moves `stage:` in engagement.yaml to the next stage. When the gate of the
 * current stage is unmet it lists the blockers and advances only after a modal "Advance anyway".
 * Args: `{ key | engagement }`.
 */
export function advanceStageCommand(services: CommandServices): Command {
  return {
    id: 'presales.advanceStage',
    async execute(arg?: unknown) {
      if (!canWrite()) return;
      const state = await resolveEngagement(services.store, arg);
      if (!state) return;
      const current = state.engagement.stage;
      const i = stageIndex(current);
      if (i < 0) return void vscode.window.showErrorMessage(vscode.l10n.t('engagement.yaml names no valid stage; set `stage:` first.'));
      if (i === STAGES.length - 1) return void vscode.window.showInformationMessage(vscode.l10n.t('The engagement is already in its last stage.'));
      // A stage the method lets the engagement skip (research with `reason: none`) is stepped over.
      const next = nextStage(state.engagement, i) ?? STAGES[i + 1];
      const blockers = state.status.stages.find((s) => s.id === current)?.blockers ?? [];
      const from = displayText(STAGES[i].label);
      const to = displayText(next.label);
      if (blockers.length > 0) {
        const anyway = vscode.l10n.t('Advance anyway');
        const choice = await vscode.window.showWarningMessage(
          vscode.l10n.t('The gate of the {0} stage is not met:', from),
          { modal: true, detail: blockers.map((b) => `• ${b.message}`).join('\n') },
          anyway,
        );
        if (choice !== anyway) return;
      }
      const ok = await editFile(services.store.uriOf(state, state.engagement.file.path), (text) => setStage(text, next.id));
      if (ok) void vscode.window.showInformationMessage(vscode.l10n.t('Stage moved from {0} to {1}.', from, to));
    },
  };
}
