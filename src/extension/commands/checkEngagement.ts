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
      const message = vscode.l10n.t('{0} engagement(s) checked: {1} errors, {2} warnings, {3} info.', states.length, count.error, count.warning, count.info);
      // Not awaited: a toast with a button resolves only when dismissed, and callers must not hang on it.
      void vscode.window.showInformationMessage(message, show).then((choice) => {
        if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
    },
  };
}
