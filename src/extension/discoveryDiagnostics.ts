import * as vscode from 'vscode';
import { discoveryFindings, type DiscoveryProblem, ENGAGEMENT_FILE, type Finding, type Language } from '../core';
import { toDiagnostic } from './diagnostics';
import { displayLanguageOf } from './displayLanguage';
import type { EngagementStore } from './engagementStore';
import { owningRoot, uriIn } from './folderPaths';

/** What the publisher reads of the store. */
export type DiscoverySource = Pick<EngagementStore, 'onDidChange' | 'onDidChangeDiscoveryProblems' | 'discoveryProblems' | 'all' | 'findingsLanguage'>;

/** Where a discovery problem is shown: the folder-relative path of a file (or of the folder, when no file fits). */
export interface DiscoveryPlace {
  path: string;
  /** The folder the problem is about, when the finding is shown on a file instead (its message names it). */
  folder?: string;
}

/**
 * A near-miss marker (`engagement.yml`) is shown on itself. A folder (unreadable, too deep) is shown on the
 * `engagement.yaml` of the engagement that holds it — the nearest file that says where the folder is —
 * else on the folder itself.
 */
export function discoveryPlace(problem: DiscoveryProblem, roots: Iterable<string>): DiscoveryPlace {
  if (problem.reason === 'near-marker') return { path: problem.path };
  const root = owningRoot(problem.path, roots);
  if (root === undefined) return { path: problem.path };
  return { path: root ? `${root}/${ENGAGEMENT_FILE}` : ENGAGEMENT_FILE, folder: problem.path };
}

/**
 * Publishes what discovery could not search (the findings `presales check` prints for it) to the Problems
 * view, in a collection of its own: it belongs to no engagement, so the engagement publisher never clears it.
 * Re-published whenever discovery runs again (files created, renamed, deleted) or an engagement's language may
 * have changed; a handful of entries, so each publish is cheap.
 */
export class DiscoveryDiagnostics implements vscode.Disposable {
  private published = new Map<string, vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: DiscoverySource,
    private readonly collection: vscode.DiagnosticCollection,
    private readonly enabled: () => boolean = () => vscode.workspace.getConfiguration('presales').get('diagnostics.enable', true),
  ) {
    this.subscriptions = [store.onDidChangeDiscoveryProblems(() => this.publish()), store.onDidChange(() => this.publish())];
  }

  publish(): void {
    const byUri = new Map<string, { uri: vscode.Uri; list: vscode.Diagnostic[] }>();
    for (const { folder, finding, language } of this.enabled() ? this.findings() : []) {
      const uri = uriIn(folder.uri, finding.file);
      const entry = byUri.get(uri.toString()) ?? { uri, list: [] };
      entry.list.push(toDiagnostic(finding, language));
      byUri.set(uri.toString(), entry);
    }
    for (const [id, uri] of this.published) if (!byUri.has(id)) this.collection.delete(uri);
    for (const { uri, list } of byUri.values()) this.collection.set(uri, list);
    this.published = new Map([...byUri].map(([id, e]) => [id, e.uri]));
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.collection.dispose();
  }

  /** Each problem as the CLI's finding, placed on a file, in the language of the engagement it lies in. */
  private findings(): { folder: vscode.WorkspaceFolder; finding: Finding; language: Language }[] {
    const out: { folder: vscode.WorkspaceFolder; finding: Finding; language: Language }[] = [];
    const states = this.store.all();
    for (const { folder, problems } of this.store.discoveryProblems()) {
      const prefix = `${folder.uri.toString()}#`;
      const languages = new Map(states.filter((s) => s.key.startsWith(prefix)).map((s) => [s.key.slice(prefix.length), s.engagement.language]));
      for (const problem of problems) {
        const place = discoveryPlace(problem, languages.keys());
        const owner = owningRoot(problem.path, languages.keys());
        const language: Language = this.store.findingsLanguage() ?? (owner !== undefined ? languages.get(owner) : undefined) ?? displayLanguageOf(vscode.env.language);
        const [finding] = discoveryFindings([problem], language);
        const message = place.folder === undefined ? finding.message : `\`${place.folder}/\`${language === 'zh-CN' ? '：' : ': '}${finding.message}`;
        out.push({ folder, finding: { ...finding, file: place.path, message }, language });
      }
    }
    return out;
  }
}
