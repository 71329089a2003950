import * as vscode from 'vscode';
import { makeNonce, pageShell } from './dashboard/dashboardHtml';

/** Which of our bundles and stylesheets a page loads: file names under `dist/` and `media/`. */
export interface WebviewPageFiles {
  script: string;
  styles: string[];
  /** BCP 47 tag for `<html lang>`. */
  lang: string;
  bodyClass?: string;
}

/**
 * Serves one of our pages into a webview: scripts on, command URIs off, resources only from `dist/` and
 * `media/`, and the shared HTML shell with a fresh nonce. Returns the `media/` folder (for icons).
 */
export function serveWebviewPage(webview: vscode.Webview, extensionUri: vscode.Uri, files: WebviewPageFiles): vscode.Uri {
  const dist = vscode.Uri.joinPath(extensionUri, 'dist');
  const media = vscode.Uri.joinPath(extensionUri, 'media');
  webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [dist, media] };
  webview.html = pageShell({
    cspSource: webview.cspSource,
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, files.script)).toString(),
    styleUris: files.styles.map((f) => webview.asWebviewUri(vscode.Uri.joinPath(media, f)).toString()),
    nonce: makeNonce(),
    lang: files.lang,
    bodyClass: files.bodyClass,
  });
  return media;
}
