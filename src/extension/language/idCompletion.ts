import * as vscode from 'vscode';
import { completionsAt, type IdCompletion } from '../../core';
import { displayLanguageOf } from '../displayLanguage';
import { type LiveIndexes, toRange } from './liveIndex';

/** Characters after which YAML expects an id or a value: `key: `, `- `, `[`, `, `. */
export const COMPLETION_TRIGGERS = [':', ' ', '-', '[', ','];

const KINDS: Record<IdCompletion['kind'], vscode.CompletionItemKind> = {
  stakeholder: vscode.CompletionItemKind.Reference,
  requirement: vscode.CompletionItemKind.Reference,
  clause: vscode.CompletionItemKind.Reference,
  value: vscode.CompletionItemKind.EnumMember,
  field: vscode.CompletionItemKind.Property,
};

/** Ids where a field names one, enum values and field names from our schemas, requirement ids in prose. */
export class IdCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly indexes: LiveIndexes) {}

  provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] {
    const at = this.indexes.forDocument(doc);
    if (!at) return [];
    const items = completionsAt(at.index, at.path, doc.getText(), position, displayLanguageOf(vscode.env.language));
    // A space typed in indentation is no request for field names; only values and ids follow a space.
    if (context.triggerCharacter === ' ' && items.every((c) => c.kind === 'field')) return [];
    return items.map((c) => {
      const item = new vscode.CompletionItem(c.label, KINDS[c.kind]);
      item.insertText = c.insertText;
      item.range = toRange(c.range);
      item.sortText = c.sortText;
      if (c.filterText) item.filterText = c.filterText;
      if (c.detail) item.detail = c.detail;
      if (c.documentation) item.documentation = c.documentation;
      return item;
    });
  }
}
