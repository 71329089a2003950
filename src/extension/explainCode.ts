import * as vscode from 'vscode';
import { codeMeta, explainPage, type Language } from '../core';
import { displayLanguageOf } from './displayLanguage';
import type { EngagementStoreApi } from './storeApi';

/** Internal command behind every diagnostic's code link (not in the palette). */
export const EXPLAIN_CODE_COMMAND = 'presales.explainCode';

/** The read-only virtual documents of the Explain pages: `presales-explain:/<code>.md?lang=<zh-CN|en>`. */
export const EXPLAIN_SCHEME = 'presales-explain';

/**
 * The link target of a diagnostic code: a `command:` URI. The Problems panel and the editor hover open code
 * targets with commands allowed (VS Code 1.99), so this works offline, in desktop, remote and web alike —
 * unlike a web page (network) or a file inside the extension (not openable in every host).
 */
export function explainCodeUri(code: string): vscode.Uri {
  return vscode.Uri.parse(`command:${EXPLAIN_CODE_COMMAND}?${encodeURIComponent(JSON.stringify([code]))}`);
}

/** The virtual document of a code's Explain page in a language. */
export function explainDocumentUri(code: string, language: Language): vscode.Uri {
  return vscode.Uri.parse(`${EXPLAIN_SCHEME}:/${encodeURIComponent(code)}.md?lang=${language}`);
}

/** Serves `presales-explain:` documents: the page generated from the code's meta, read-only. */
export class ExplainPages implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const code = decodeURIComponent(uri.path.replace(/^\//, '').replace(/\.md$/, ''));
    const language: Language = /(^|&)lang=zh-CN(&|$)/.test(uri.query) ? 'zh-CN' : 'en';
    return explainPage(code, language) ?? `# ${code}\n`;
  }
}

/**
 * Opens the Explain page of a code in the editor area, rendered by the built-in Markdown preview (the raw
 * read-only page when the preview is unavailable). Its language is the active engagement's, else the UI's.
 * Returns the page's URI, undefined for a code the product never emits.
 */
export async function openExplainPage(code: unknown, store?: EngagementStoreApi): Promise<vscode.Uri | undefined> {
  if (typeof code !== 'string' || !codeMeta(code)) return undefined;
  const language = store?.active()?.engagement.language ?? displayLanguageOf(vscode.env.language);
  const uri = explainDocumentUri(code, language);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }
  return uri;
}

/** Registers the page provider and the command behind every diagnostic's code link. */
export function registerExplainCode(store?: EngagementStoreApi): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, new ExplainPages()),
    vscode.commands.registerCommand(EXPLAIN_CODE_COMMAND, (code: unknown) => openExplainPage(code, store)),
  );
}
