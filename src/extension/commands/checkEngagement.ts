import * as vscode from 'vscode';
import type { Command, CommandServices } from './command';

/** `presales.checkEngagement`: re-reads and re-checks everything, then sums up with a way to the Problems panel. */
export function checkEngagementCommand(services: CommandServices): Command {
  return {
    id: 'presales.checkEngagement',
    async execute() {
      await services.store.refresh();
      const states = services.store.all();
      const count = { error: 0, warning: 0, info: 0 };
      for (const s of states) for (const f of s.findings) count[f.severity]++;
      const show = vscode.l10n.t('Show Problems');
      const message = checkSummary(states.length, count);
      // Not awaited: a toast with a button resolves only when dismissed, and callers must not hang on it.
      void vscode.window.showInformationMessage(message, show).then((choice) => {
        if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
    },
  };
}

/**
 * "3 engagements checked: 1 error, 8 warnings, 7 info." — one l10n key per English number form (the bundle
 * maps both to the one Chinese form: 已检查 3 个售前项目：1 个错误、8 个警告、7 条提示。).
 */
export function checkSummary(engagements: number, count: { error: number; warning: number; info: number }): string {
  const errors = count.error === 1 ? vscode.l10n.t('{0} error', 1) : vscode.l10n.t('{0} errors', count.error);
  const warnings = count.warning === 1 ? vscode.l10n.t('{0} warning', 1) : vscode.l10n.t('{0} warnings', count.warning);
  const info = vscode.l10n.t('{0} info', count.info);
  return engagements === 1
    ? vscode.l10n.t('{0} engagement checked: {1}, {2}, {3}.', 1, errors, warnings, info)
    : vscode.l10n.t('{0} engagements checked: {1}, {2}, {3}.', engagements, errors, warnings, info);
}
