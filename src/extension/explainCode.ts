import * as vscode from 'vscode';
import { codeMeta } from '../core';
import { displayLanguageOf, pick } from './displayLanguage';

/** Internal command behind every diagnostic's code link (not in the palette). */
export const EXPLAIN_CODE_COMMAND = 'presales.explainCode';

/**
 * The link target of a diagnostic code: a `command:` URI. The Problems panel and the editor hover open code
 * targets with commands allowed (VS Code 1.99), so this works offline, in desktop, remote and web alike —
 * unlike a web page (network) or a file inside the extension (not openable in every host).
 */
export function explainCodeUri(code: string): vscode.Uri {
  return vscode.Uri.parse(`command:${EXPLAIN_CODE_COMMAND}?${encodeURIComponent(JSON.stringify([code]))}`);
}

/** Registers the command: it states what the code means, with the method's own term, in the display language. */
export function registerExplainCode(): vscode.Disposable {
  return vscode.commands.registerCommand(EXPLAIN_CODE_COMMAND, (code: unknown) => {
    const spec = codeMeta(String(code));
    if (!spec) return;
    const summary = pick(spec.summary, displayLanguageOf(vscode.env.language));
    const text = spec.term ? vscode.l10n.t('{0} ({1}): {2}', spec.code, spec.term, summary) : vscode.l10n.t('{0}: {1}', spec.code, summary);
    void vscode.window.showInformationMessage(text);
  });
}
