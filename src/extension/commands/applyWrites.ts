import * as vscode from 'vscode';
import { applyEdits, type EditPlan, type EditRefusal, type OffsetEdit, toTextEdits } from '../../core';
import { toVsRange } from '../vsRange';

/** A new file and its text. */
export interface NewFile {
  uri: vscode.Uri;
  text: string;
}

/** True when something exists at `uri`. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates files in one undoable WorkspaceEdit. Never overwrites: refuses (and says so) when any target
 * exists. Returns false when nothing was written.
 */
export async function createFiles(files: NewFile[]): Promise<boolean> {
  for (const f of files) {
    if (await exists(f.uri)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; nothing was written.', vscode.workspace.asRelativePath(f.uri)));
      return false;
    }
  }
  const edit = new vscode.WorkspaceEdit();
  for (const f of files) edit.createFile(f.uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(f.text) });
  return reportApply(await vscode.workspace.applyEdit(edit));
}

/**
 * Edits an existing file through its document (so open buffers, dirty or not, are what is edited, and
 * undo works). `plan` computes the edits from the current text; a refusal is reported, nothing written.
 * `applied` learns the text and edits once applied; `reveal: false` leaves the editor alone.
 */
export async function editFile(uri: vscode.Uri, plan: (text: string) => EditPlan, options: { reveal?: boolean; applied?: (text: string, edits: OffsetEdit[]) => void } = {}): Promise<boolean> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const text = doc.getText();
  const result = plan(text);
  if (!result.ok) {
    void vscode.window.showErrorMessage(refusalMessage(result.reason, vscode.workspace.asRelativePath(uri)));
    return false;
  }
  if (result.edits.length === 0) return true;
  const edit = new vscode.WorkspaceEdit();
  for (const e of toTextEdits(text, result.edits)) {
    edit.replace(uri, toVsRange(e.range), e.newText);
  }
  if (!reportApply(await vscode.workspace.applyEdit(edit))) return false;
  options.applied?.(text, result.edits);
  if (options.reveal !== false) await vscode.window.showTextDocument(doc, { preview: false });
  return true;
}

/** A planned edit on a template text that is about to become a new file. */
export function applyPlan(text: string, plan: EditPlan): string | undefined {
  return plan.ok ? applyEdits(text, plan.edits) : undefined;
}

function reportApply(applied: boolean): boolean {
  if (!applied) void vscode.window.showErrorMessage(vscode.l10n.t('VS Code could not apply the change; no file was modified.'));
  return applied;
}

/** Why an edit was refused, for the user. */
export function refusalMessage(reason: EditRefusal, file: string): string {
  switch (reason) {
    case 'yaml-syntax':
      return vscode.l10n.t('{0} has YAML syntax errors; fix them first (nothing was changed).', file);
    case 'no-front-matter':
      return vscode.l10n.t('{0} has no front matter to edit (nothing was changed).', file);
    case 'aliased':
      return vscode.l10n.t('In {0} the value to change has a YAML anchor (&name) that an alias (*name) repeats elsewhere; changing it would change that place too. Edit it by hand (nothing was changed).', file);
    case 'unsafe-edit':
      return vscode.l10n.t('The change to {0} would not have read back as exactly the intended change, so nothing was written. Edit the file by hand.', file);
    default:
      return vscode.l10n.t('{0} is not laid out as expected; edit it by hand (nothing was changed).', file);
  }
}
