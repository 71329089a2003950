import * as vscode from 'vscode';
import { traceability } from '../../core';
import type { MatrixHostMessage, MatrixModel } from '../../webview/matrix/protocol';
import { displayLanguageOf } from '../displayLanguage';
import { ReadyPage } from '../readyPage';
import { registerSingletonPanel } from '../singletonPanel';
import type { EngagementState, EngagementStoreApi } from '../storeApi';
import { toVsRange } from '../vsRange';
import { serveWebviewPage } from '../webviewPage';
import { validateMatrixMessage } from './matrixMessages';
import { matrixModel } from './matrixModel';
import { matrixStrings } from './matrixStrings';

/** The webview panel type of the compliance matrix. */
export const MATRIX_PANEL_TYPE = 'presales.matrix';

/** Store changes arrive in bursts (a keystroke re-checks after the debounce, a save re-checks several files). */
const UPDATE_DELAY_MS = 250;

/**
 * The compliance matrix in an editor tab: requirements × answered / priced / deviation / source of the
 * active engagement, refreshed when the store re-checks (as the writer types), every cell a link the host
 * opens beside the panel. One panel at a time; the same CSP, nonce and typed, validated messages as the sidebar.
 */
export class MatrixPanel implements vscode.Disposable {
  private shownKey: string | undefined;
  private readonly page: ReadyPage<MatrixHostMessage>;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly lang = displayLanguageOf(vscode.env.language);

  constructor(readonly panel: vscode.WebviewPanel, extensionUri: vscode.Uri, private readonly store: EngagementStoreApi, private readonly gone: () => void) {
    serveWebviewPage(panel.webview, extensionUri, { script: 'matrix.js', styles: ['table.css', 'matrix.css'], lang: this.lang });
    this.shownKey = store.active()?.key;
    this.page = new ReadyPage(panel, UPDATE_DELAY_MS, () => ({ type: 'update', model: this.model() }));
    this.disposables.push(
      this.page,
      panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      store.onDidChange(() => this.page.schedule()),
      store.onDidChangeActive((s) => {
        if (s && s.key !== this.shownKey) { this.shownKey = s.key; this.page.schedule(); }
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  /** The engagement the panel shows: the one it followed last, else the active one, else the first. */
  state(): EngagementState | undefined {
    return (this.shownKey && this.store.all().find((s) => s.key === this.shownKey)) || this.store.active() || this.store.all()[0];
  }

  /** The view model of what the panel shows now. */
  model(): MatrixModel | undefined {
    const s = this.state();
    return s && matrixModel(traceability(s.engagement), s.key, s.status.title || s.status.id, this.lang, (m) => vscode.l10n.t(m));
  }

  /**
   * Handles one message from the page (public so the integration test drives the very handler the webview
   * uses). Anything the validator rejects is dropped.
   */
  async receive(raw: unknown): Promise<void> {
    const msg = validateMatrixMessage(raw, (key) => {
      const s = this.store.all().find((x) => x.key === key);
      return s && new Set(s.engagement.files.map((f) => f.path));
    });
    if (!msg) return;
    if (msg.type === 'ready') return this.page.answerReady({ type: 'snapshot', model: this.model(), strings: matrixStrings((m) => vscode.l10n.t(m)) });
    const state = this.store.all().find((s) => s.key === msg.key)!;
    const doc = await vscode.workspace.openTextDocument(this.store.uriOf(state, msg.file));
    const range = toVsRange(msg.range);
    // Beside the panel, so the matrix stays in view while the writer follows its links.
    const editor = await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    // The place is selected with the cursor at its start (a row or a line item spans several lines).
    editor.selection = new vscode.Selection(range.end, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  }

  dispose(): void {
    this.disposables.splice(0).forEach((d) => d.dispose());
    this.gone();
  }
}

/** Registers `presales.openMatrix`: opens (or reveals) the matrix panel and returns it. */
export function registerMatrixPanel(context: vscode.ExtensionContext, store: EngagementStoreApi): vscode.Disposable {
  return registerSingletonPanel(context, 'presales.openMatrix', {
    viewType: MATRIX_PANEL_TYPE,
    title: () => vscode.l10n.t('Presales: Compliance Matrix'),
    options: { enableScripts: true, enableCommandUris: false },
  }, (panel, gone) => new MatrixPanel(panel, context.extensionUri, store, gone));
}
