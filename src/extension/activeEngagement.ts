import * as vscode from 'vscode';
import type { EngagementState } from './storeApi';

/** What the tracker asks of the store. */
export interface ActiveSource {
  get(key: string): EngagementState | undefined;
  forUri(uri: vscode.Uri): EngagementState | undefined;
  /** Every engagement (the lone one is active by default). */
  all(): EngagementState[];
}

/**
 * Which engagement is active: the active editor's, else the last picked, else the only one. Fires when
 * that changes (by key; updates of the same engagement are the store's `onDidChange`).
 */
export class ActiveEngagement implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EngagementState | undefined>();
  readonly onDidChange = this.changed.event;
  private pickedKey: string | undefined;
  private editorUri: vscode.Uri | undefined;
  private firedKey: string | undefined;

  constructor(private readonly source: ActiveSource) {}

  current(): EngagementState | undefined {
    const fromEditor = this.editorUri && this.source.forUri(this.editorUri);
    if (fromEditor) return fromEditor;
    const picked = this.pickedKey === undefined ? undefined : this.source.get(this.pickedKey);
    if (picked) return picked;
    const all = this.source.all();
    return all.length === 1 ? all[0] : undefined;
  }

  /**
   * True when the engagement is, or is about to be, the active one: announced, picked, or holding the
   * active editor (`holds` says whether a URI is one of its files). Cheap: no lookup over all engagements.
   */
  mayBeActive(key: string, holds: (uri: vscode.Uri) => boolean): boolean {
    return this.firedKey === key || this.pickedKey === key || (this.editorUri !== undefined && holds(this.editorUri));
  }

  pick(key: string): void {
    this.pickedKey = key;
    this.editorUri = undefined;
    this.update();
  }

  /** An editor became active; `known` says whether it lies in an engagement (or nothing is discovered yet). */
  follow(uri: vscode.Uri, known: boolean): void {
    if (!known) return;
    this.editorUri = uri;
    this.update();
  }

  /** An engagement went away: forget it was picked. */
  forget(key: string): void {
    if (this.pickedKey === key) this.pickedKey = undefined;
  }

  /** Fires when the active engagement is now a different one. */
  update(): void {
    const active = this.current();
    if (active?.key === this.firedKey) return;
    this.firedKey = active?.key;
    this.changed.fire(active);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
