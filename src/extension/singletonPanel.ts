import * as vscode from 'vscode';

/** A controller of one editor-area webview panel (the matrix, the portfolio, the dashboard). */
export interface PanelController extends vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
}

/** Which panel to create: its view type, its (localised) tab title and the webview options it starts with. */
export interface PanelKind {
  viewType: string;
  /** Asked at each creation, so the title follows the display language. */
  title: () => string;
  options?: vscode.WebviewPanelOptions & vscode.WebviewOptions;
}

/** Wraps a fresh panel in its controller; the controller calls `gone` once it is disposed. */
export type PanelFactory<P extends PanelController> = (panel: vscode.WebviewPanel, gone: () => void) => P;

/**
 * One panel of a kind at a time: `open` reveals the one already open or creates it in the active editor
 * group; `adopt` takes over a panel VS Code restored (replacing any open one). Disposing closes the panel.
 */
export class SingletonPanel<P extends PanelController> implements vscode.Disposable {
  private current: P | undefined;

  constructor(private readonly kind: PanelKind) {}

  /** Reveals the open panel, or creates one through `create`. */
  open(create: PanelFactory<P>): P {
    if (this.current) {
      this.current.panel.reveal();
      return this.current;
    }
    const panel = vscode.window.createWebviewPanel(this.kind.viewType, this.kind.title(), vscode.ViewColumn.Active, this.kind.options ?? {});
    return this.adopt(panel, create);
  }

  /** Makes `panel` the one of its kind (the serializer's restored panel): any other open one is closed. */
  adopt(panel: vscode.WebviewPanel, create: PanelFactory<P>): P {
    this.current?.panel.dispose();
    const controller: P = create(panel, () => { if (this.current === controller) this.current = undefined; });
    this.current = controller;
    return controller;
  }

  dispose(): void {
    this.current?.panel.dispose();
  }
}

/**
 * Registers `command`, which opens (or reveals) the kind's one panel and returns its controller (integration
 * tests drive the controller they get back). Unregistering closes the panel.
 */
export function registerSingletonPanel<P extends PanelController>(context: vscode.ExtensionContext, command: string, kind: PanelKind, create: PanelFactory<P>): vscode.Disposable {
  const panels = new SingletonPanel<P>(kind);
  const disposable = vscode.Disposable.from(vscode.commands.registerCommand(command, () => panels.open(create)), panels);
  context.subscriptions.push(disposable);
  return disposable;
}
