import * as vscode from 'vscode';
import { isEngagementFilePath } from '../core';
import type { EngagementStore } from './engagementStore';

/** Coalesces the create/delete bursts of a copy, checkout or template instantiation. */
const REDISCOVER_DELAY_MS = 150;

/**
 * Wires workspace events to the store: edits re-check from the unsaved buffer (debounced), saves and disk
 * changes re-check, creates/deletes/renames re-discover, the active editor picks the active engagement.
 */
export function watchWorkspace(store: EngagementStore, debounceMs: () => number): vscode.Disposable[] {
  const ours = (uri: vscode.Uri) => isEngagementFilePath(uri.path);
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,md}');
  const rediscover = (uri: vscode.Uri) => store.rediscoverUri(uri, REDISCOVER_DELAY_MS);
  return [
    watcher,
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && ours(e.document.uri)) store.recheckUri(e.document.uri, debounceMs());
    }),
    vscode.workspace.onDidSaveTextDocument((d) => ours(d.uri) && store.recheckUri(d.uri, 0)),
    // An engagement open in an editor keeps its Markdown bodies (language features read them).
    vscode.workspace.onDidOpenTextDocument((d) => ours(d.uri) && store.warmUri(d.uri)),
    // A buffer closed without saving: the file on disk is the truth again.
    vscode.workspace.onDidCloseTextDocument((d) => ours(d.uri) && store.recheckUri(d.uri, 0)),
    watcher.onDidChange((uri) => store.recheckUri(uri, debounceMs())),
    watcher.onDidCreate(rediscover),
    watcher.onDidDelete(rediscover),
    // Folder moves and deletes made in VS Code (the glob above never matches a folder).
    vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => (rediscover(f.oldUri), rediscover(f.newUri)))),
    vscode.workspace.onDidDeleteFiles((e) => e.files.forEach(rediscover)),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void store.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('presales.findingsLanguage') && void store.refresh()),
    vscode.window.onDidChangeActiveTextEditor((editor) => store.followEditor(editor?.document.uri)),
  ];
}
