import * as vscode from 'vscode';
import { definitionAt, hoverAt, referencesAt, siteAt } from '../../core';
import { displayLanguageOf } from '../displayLanguage';
import { localToday } from '../localToday';
import { type LiveIndexes, toRange } from './liveIndex';

/** Hover cards for stakeholder ids, requirement ids and clause refs, in the display language. */
export class IdHoverProvider implements vscode.HoverProvider {
  constructor(private readonly indexes: LiveIndexes, private readonly today: () => string = localToday) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const at = this.indexes.forDocument(doc);
    const card = at && hoverAt(at.index, at.path, position, { language: displayLanguageOf(vscode.env.language), today: this.today() });
    // Not trusted: command links in user text stay inert (the core escapes Markdown too).
    return card && new vscode.Hover(new vscode.MarkdownString(card.markdown), toRange(card.range));
  }
}

/** Go to definition: from any reference (or the definition itself) to where the id is defined. */
export class IdDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly indexes: LiveIndexes) {}

  provideDefinition(doc: vscode.TextDocument, position: vscode.Position): vscode.LocationLink[] {
    const at = this.indexes.forDocument(doc);
    if (!at) return [];
    const origin = siteAt(at.index, at.path, position);
    return definitionAt(at.index, at.path, position).map((d) => ({
      originSelectionRange: origin && toRange(origin.range),
      targetUri: at.path === d.file ? doc.uri : this.indexes.uriOf(at, d.file),
      targetRange: toRange(d.range),
      targetSelectionRange: toRange(d.range),
    }));
  }
}

/** Find all references: every field and Markdown line that names the id. */
export class IdReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly indexes: LiveIndexes) {}

  provideReferences(doc: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): vscode.Location[] {
    const at = this.indexes.forDocument(doc);
    if (!at) return [];
    return referencesAt(at.index, at.path, position, context.includeDeclaration).map(
      (s) => new vscode.Location(s.file === at.path ? doc.uri : this.indexes.uriOf(at, s.file), toRange(s.range)),
    );
  }
}
