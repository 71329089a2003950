import type * as vscode from 'vscode';

/**
 * The host's side of a panel page that says `ready` (the matrix, the portfolio): nothing is posted before it
 * does, nor after the panel was hidden (without retainContextWhenHidden a hidden panel loses its page and says
 * `ready` again when shown), and store bursts become one `update` per quiet spell.
 */
export class ReadyPage<M> implements vscode.Disposable {
  private ready = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly viewState: vscode.Disposable;

  /** `update` builds the message a scheduled refresh posts, `delayMs` after the last `schedule`. */
  constructor(private readonly panel: vscode.WebviewPanel, private readonly delayMs: number, private readonly update: () => M) {
    this.viewState = panel.onDidChangeViewState(() => { if (!panel.visible) this.ready = false; });
  }

  /** The page said `ready`: from now on it is posted to, starting with `snapshot`. */
  answerReady(snapshot: M): Promise<void> {
    this.ready = true;
    return this.post(snapshot);
  }

  /** Posts `update()` once the store has been quiet for `delayMs`. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.post(this.update()), this.delayMs);
  }

  /** Posts `msg` if the page is there to take it (dropped otherwise: its next `ready` brings a snapshot). */
  async post(msg: M): Promise<void> {
    if (this.ready) await this.panel.webview.postMessage(msg);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.viewState.dispose();
  }
}
