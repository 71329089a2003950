import * as vscode from 'vscode';
import type { Finding, Language, Severity } from '../core';
import { explainCodeUri } from './explainCode';
import { problemsMessage } from './problemsText';
import { toVsRange } from './vsRange';
import type { EngagementState, EngagementStoreApi } from './storeApi';

/** The `source` of every diagnostic we publish. */
export const DIAGNOSTIC_SOURCE = 'presales';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/**
 * One finding as a VS Code diagnostic: same range, severity, and the code linking to its explanation; the
 * message without Markdown backticks, quoted in `language` (the language the findings were written in).
 */
export function toDiagnostic(f: Finding, language: Language = 'en'): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toVsRange(f.range), problemsMessage(f.message, language), SEVERITY[f.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.code, target: explainCodeUri(f.code) };
  return d;
}

/** The code of one of our diagnostics (the `value` of its code link). */
export function codeOf(diag: vscode.Diagnostic): string {
  return typeof diag.code === 'object' && diag.code ? String(diag.code.value) : String(diag.code);
}

/**
 * What identifies a diagnostic across the API boundary (VS Code hands code-action providers copies, not
 * the published objects): code, range and message — two missing sections on one line differ by message.
 */
export function diagnosticKey(code: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, message: string): string {
  return `${code}@${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}|${message}`;
}

/** Finds the finding (and so the fix data) a published diagnostic came from. */
export interface FindingLookup {
  findingFor(uri: vscode.Uri, diag: vscode.Diagnostic): { finding: Finding; state: EngagementState } | undefined;
}

/**
 * Publishes the store's findings to the Problems panel. Tracks which files each engagement published to,
 * so files that no longer have findings (fixed, deleted, engagement gone) are cleared.
 */
export class DiagnosticsPublisher implements vscode.Disposable, FindingLookup {
  private readonly published = new Map<string, Map<string, vscode.Uri>>();
  /** Per published file (URI string): diagnostic key → the finding it shows, like vscode-eslint's fix data per document. */
  private readonly origins = new Map<string, Map<string, { finding: Finding; state: EngagementState }>>();
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

  /** The finding behind a diagnostic this publisher published (undefined for anyone else's). */
  findingFor(uri: vscode.Uri, diag: vscode.Diagnostic): { finding: Finding; state: EngagementState } | undefined {
    if (diag.source !== DIAGNOSTIC_SOURCE) return undefined;
    return this.origins.get(uri.toString())?.get(diagnosticKey(codeOf(diag), diag.range, diag.message));
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.clear();
    this.origins.clear();
  }

  private publishState(state: EngagementState, findings: Finding[]): void {
    type Entry = { uri: vscode.Uri; list: vscode.Diagnostic[]; origins: Map<string, { finding: Finding; state: EngagementState }> };
    const byFile = new Map<string, Entry>();
    for (const f of findings) {
      const uri = this.store.uriOf(state, f.file);
      const entry: Entry = byFile.get(uri.toString()) ?? { uri, list: [], origins: new Map() };
      const diag = toDiagnostic(f, state.status.language);
      entry.list.push(diag);
      entry.origins.set(diagnosticKey(f.code, f.range, diag.message), { finding: f, state });
      byFile.set(uri.toString(), entry);
    }
    for (const [id, uri] of this.published.get(state.key) ?? []) {
      if (byFile.has(id)) continue;
      this.collection.delete(uri);
      this.origins.delete(id);
    }
    for (const [id, { uri, list, origins }] of byFile) {
      this.collection.set(uri, list);
      this.origins.set(id, origins);
    }
    this.published.set(state.key, new Map([...byFile].map(([id, e]) => [id, e.uri])));
  }

  private clear(key: string): void {
    for (const [id, uri] of this.published.get(key) ?? []) {
      this.collection.delete(uri);
      this.origins.delete(id);
    }
    this.published.delete(key);
  }
}
