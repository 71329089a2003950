import type * as vscode from 'vscode';
import { type FileParser, ParseCache } from '../core';

/** One parse cache per workspace folder (core paths are folder-relative), evicting files that disappear. */
export class FolderParseCaches {
  private readonly caches = new Map<string, { cache: ParseCache; paths: Set<string> }>();

  /** The cache-aware parser of a folder's files. */
  parserFor(folder: vscode.WorkspaceFolder): FileParser {
    return this.entry(folder).cache.parse;
  }

  /** After a discovery: forgets the folder's files that are no longer part of any engagement. */
  keepOnly(folder: vscode.WorkspaceFolder, paths: Set<string>): void {
    const entry = this.entry(folder);
    for (const p of entry.paths) if (!paths.has(p)) entry.cache.delete(p);
    entry.paths = paths;
  }

  /** Forgets some of a folder's files (their parses were released to save memory). */
  forget(folder: vscode.WorkspaceFolder, paths: readonly string[]): void {
    const cache = this.caches.get(folder.uri.toString())?.cache;
    for (const p of paths) cache?.delete(p);
  }

  private entry(folder: vscode.WorkspaceFolder): { cache: ParseCache; paths: Set<string> } {
    const id = folder.uri.toString();
    let entry = this.caches.get(id);
    if (!entry) this.caches.set(id, (entry = { cache: new ParseCache(), paths: new Set() }));
    return entry;
  }
}
