import { EventEmitter, type Uri } from './fakeVscode';

/**
 * A webview panel as the host sees it (the fake `vscode` has none): what it was created with and given, what it
 * posted, its reveals and visibility. `send` delivers a message from the page and lets the host handle it.
 */
export class FakeWebviewPanel<M = { type: string }> {
  readonly posted: M[] = [];
  readonly received = new EventEmitter<unknown>();
  readonly disposed = new EventEmitter<void>();
  readonly viewState = new EventEmitter<void>();
  reveals = 0;
  visible = true;
  iconPath: unknown;
  constructor(readonly viewType = '', public title = '', readonly createdWith: unknown = {}) {}
  readonly webview = {
    options: {} as Record<string, unknown>,
    html: '',
    cspSource: 'https://x.vscode-cdn.net',
    asWebviewUri: (u: Uri) => u,
    onDidReceiveMessage: this.received.event,
    postMessage: async (m: M) => { this.posted.push(m); return true; },
  };
  readonly onDidDispose = this.disposed.event;
  readonly onDidChangeViewState = this.viewState.event;
  reveal(): void { this.reveals++; }
  dispose(): void { this.disposed.fire(); }
  /** The panel goes to the background: without retainContextWhenHidden its page is gone. */
  hide(): void { this.visible = false; this.viewState.fire(); }
  async send(m: unknown): Promise<void> {
    this.received.fire(m);
    await new Promise((r) => setImmediate(r));
  }
}
