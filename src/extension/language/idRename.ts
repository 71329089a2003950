import * as vscode from 'vscode';
import { renameEdits, renameTarget } from '../../core';
import { displayLanguageOf, pick } from '../displayLanguage';
import { type LiveIndexes, toRange } from './liveIndex';

/**
 * Renames a stakeholder id, requirement id or clause ref across the engagement as one WorkspaceEdit (one
 * undo restores every file). Refused in untrusted workspaces, and whenever the core refuses the new id.
 */
export class IdRenameProvider implements vscode.RenameProvider {
  constructor(private readonly indexes: LiveIndexes) {}

  prepareRename(doc: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
    const site = this.target(doc, position);
    return { range: toRange(site.range), placeholder: site.id };
  }

  provideRenameEdits(doc: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit {
    this.target(doc, position);
    const at = this.indexes.forDocument(doc)!;
    const plan = renameEdits(at.index, at.path, position, newName.trim());
    if (!plan.ok) throw new Error(pick(plan.reason, displayLanguageOf(vscode.env.language)));
    const edit = new vscode.WorkspaceEdit();
    for (const e of plan.edits) edit.replace(e.file === at.path ? doc.uri : this.indexes.uriOf(at, e.file), toRange(e.range), e.newText);
    return edit;
  }

  private target(doc: vscode.TextDocument, position: vscode.Position) {
    // Throwing is how a rename provider tells VS Code why it will not rename (shown to the user).
    if (!vscode.workspace.isTrusted) throw new Error(vscode.l10n.t('Renaming is not available in an untrusted workspace: it would edit files.'));
    const at = this.indexes.forDocument(doc);
    const site = at && renameTarget(at.index, at.path, position);
    if (!site) throw new Error(vscode.l10n.t('Place the cursor on a stakeholder id, requirement id or clause ref to rename it.'));
    return site;
  }
}
