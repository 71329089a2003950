import * as vscode from 'vscode';

/** True when files may be written; otherwise says why (untrusted workspace) and returns false. */
export function canWrite(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(
    vscode.l10n.t('This workspace is not trusted, so Presales Workbench does not create or change files in it. Trust the workspace to use this command.'),
  );
  return false;
}
