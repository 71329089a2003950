import * as vscode from 'vscode';
import { lensesIn, referencesOf } from '../../core';
import { displayLanguageOf } from '../displayLanguage';
import type { EngagementStoreApi } from '../storeApi';
import { type LiveIndexes, toRange } from './liveIndex';

/** Facts above each definition ("answered in 3 places · priced · ★ row"); a click lists the references. */
export class IdCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly indexes: LiveIndexes, store: EngagementStoreApi) {
    this.subscription = store.onDidChange(() => this.changed.fire());
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const at = this.indexes.forDocument(doc);
    if (!at) return [];
    return lensesIn(at.index, at.path, displayLanguageOf(vscode.env.language)).map((lens) => {
      const range = toRange(lens.range);
      const locations = referencesOf(at.index, lens.kind, lens.id).map((s) => new vscode.Location(s.file === at.path ? doc.uri : this.indexes.uriOf(at, s.file), toRange(s.range)));
      return new vscode.CodeLens(range, { title: lens.title, command: 'editor.action.showReferences', arguments: [doc.uri, range.start, locations] });
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
