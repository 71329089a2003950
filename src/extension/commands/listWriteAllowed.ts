import * as vscode from 'vscode';
import { filesOfKind, type Kind } from '../../core';
import type { EngagementState } from '../storeApi';

/** False (after saying why) when the engagement's file of `kind` cannot be parsed: an edit could land anywhere. */
export function listWriteAllowed(state: EngagementState, kind: Kind): boolean {
  const file = filesOfKind(state.engagement, kind)[0];
  if (!file || !file.problems.some((p) => p.severity === 'error')) return true;
  void vscode.window.showErrorMessage(vscode.l10n.t('{0} has YAML syntax errors; fix them first (nothing was changed).', file.path));
  return false;
}
