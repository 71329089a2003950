import * as vscode from 'vscode';
import type { Finding, Severity } from '../core';
import { explainCodeUri } from './explainCode';
import type { EngagementState, EngagementStoreApi } from './storeApi';

/** The `source` of every diagnostic we publish. */
export const DIAGNOSTIC_SOURCE = 'presales';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** One finding as a VS Code diagnostic: same range, severity, and the code linking to its explanation. */
export function toDiagnostic(f: Finding): vscode.Diagnostic {
  const { start, end } = f.range;
  const d = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), f.message, SEVERITY[f.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.code, target: explainCodeUri(f.code) };
  return d;
}

/**
 * Publishes the store's findings to the Problems panel. Tracks which files each engagement published to,
 * so files that no longer have findings (fixed, deleted, engagement gone) are cleared.
 */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly published = new Map<string, Map<string, vscode.Uri>>();
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: EngagementStoreApi,
    private readonly collection: vscode.DiagnosticCollection,
    private readonly enabled: () => boolean = () => vscode.workspace.getConfiguration('presales').get('diagnostics.enable', true),
  ) {
    this.subscription = store.onDidChange((states) => this.publish(states));
  }

  /** Publishes the given states (default: all) and clears what engagements that are gone left behind. */
  publish(states: EngagementState[] = this.store.all()): void {
    const on = this.enabled();
    for (const state of states) this.publishState(state, on ? state.findings : []);
    const live = new Set(this.store.all().map((s) => s.key));
    for (const key of [...this.published.keys()]) if (!live.has(key) || !on) this.clear(key);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.clear();
  }

  private publishState(state: EngagementState, findings: Finding[]): void {
    const byFile = new Map<string, { uri: vscode.Uri; list: vscode.Diagnostic[] }>();
    for (const f of findings) {
      const uri = this.store.uriOf(state, f.file);
      const entry = byFile.get(uri.toString()) ?? { uri, list: [] };
      entry.list.push(toDiagnostic(f));
      byFile.set(uri.toString(), entry);
    }
    for (const [id, uri] of this.published.get(state.key) ?? []) if (!byFile.has(id)) this.collection.delete(uri);
    for (const { uri, list } of byFile.values()) this.collection.set(uri, list);
    this.published.set(state.key, new Map([...byFile].map(([id, e]) => [id, e.uri])));
  }

  private clear(key: string): void {
    for (const uri of this.published.get(key)?.values() ?? []) this.collection.delete(uri);
    this.published.delete(key);
  }
}
