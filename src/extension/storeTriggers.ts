import * as vscode from 'vscode';
import { isEngagementFilePath } from '../core';
import type { EngagementStore } from './engagementStore';
import { watchFolders } from './folderWatcher';

/** Coalesces the create/delete bursts of a copy, checkout or template instantiation. */
const REDISCOVER_DELAY_MS = 150;

/**
 * Wires workspace events to the store: edits re-check from the unsaved buffer (debounced), saves and disk
 * changes re-check, creates/deletes/renames re-discover, the active editor picks the active engagement.
 * Folders created or deleted outside VS Code (`rm -r`, `git checkout`, `cp -r`) re-discover too (folderWatcher.ts).
 */
export function watchWorkspace(store: EngagementStore, debounceMs: () => number): vscode.Disposable[] {
  const ours = (uri: vscode.Uri) => isEngagementFilePath(uri.path);
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,md,markdown}');
  // Every path, creates and deletes only: a folder removed outside VS Code is reported as the folder alone.
  const paths = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
  const rediscover = (uri: vscode.Uri) => store.rediscoverUri(uri, REDISCOVER_DELAY_MS);
  return [
    watcher,
    paths,
    watchFolders(store, paths, REDISCOVER_DELAY_MS),
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
