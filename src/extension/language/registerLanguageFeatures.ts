import * as vscode from 'vscode';
import type { EngagementStoreApi } from '../storeApi';
import { IdCodeLensProvider } from './idCodeLens';
import { COMPLETION_TRIGGERS, IdCompletionProvider } from './idCompletion';
import { IdDefinitionProvider, IdHoverProvider, IdReferenceProvider } from './idNavigation';
import { IdRenameProvider } from './idRename';
import { LiveIndexes } from './liveIndex';

/** YAML and Markdown documents; providers answer only for files of a known engagement (any URI scheme). */
export const LANGUAGE_SELECTOR: vscode.DocumentSelector = [{ language: 'yaml' }, { language: 'markdown' }];

/** Registers hover, definition, references, completion, rename and code lenses over one live id index. */
export function registerLanguageFeatures(store: EngagementStoreApi): vscode.Disposable[] {
  const indexes = new LiveIndexes(store);
  const lenses = new IdCodeLensProvider(indexes, store);
  return [
    lenses,
    vscode.languages.registerHoverProvider(LANGUAGE_SELECTOR, new IdHoverProvider(indexes)),
    vscode.languages.registerDefinitionProvider(LANGUAGE_SELECTOR, new IdDefinitionProvider(indexes)),
    vscode.languages.registerReferenceProvider(LANGUAGE_SELECTOR, new IdReferenceProvider(indexes)),
    vscode.languages.registerCompletionItemProvider(LANGUAGE_SELECTOR, new IdCompletionProvider(indexes), ...COMPLETION_TRIGGERS),
    vscode.languages.registerRenameProvider(LANGUAGE_SELECTOR, new IdRenameProvider(indexes)),
    vscode.languages.registerCodeLensProvider(LANGUAGE_SELECTOR, lenses),
  ];
}
