import * as vscode from 'vscode';
import { isEngagementFilePath, isSkippedFolder } from '../core';
import { locateInFolders } from './folderPaths';

/** What the folder watcher reads of the store (engagement roots, what discovery could not search) and asks of it. */
export interface FolderWatchStore {
  readonly onDidChange: vscode.Event<unknown>;
  readonly onDidChangeDiscoveryProblems: vscode.Event<void>;
  /** Keys are `${folder.uri}#${root}`. */
  all(): readonly { key: string }[];
  discoveryProblems(): readonly { folder: vscode.WorkspaceFolder; problems: readonly { path: string }[] }[];
  rediscoverUri(uri: vscode.Uri, delayMs: number): void;
}

/** The create and delete events of a watcher on every path (its change events are not needed). */
export type PathEvents = Pick<vscode.FileSystemWatcher, 'onDidCreate' | 'onDidDelete'>;

/** Whether a path is a folder (a created path; a deleted one can no longer be asked). */
export type IsFolder = (uri: vscode.Uri) => Promise<boolean>;

/**
 * Decides which created or deleted paths can change what discovery finds. A folder removed outside VS Code
 * (`rm -r`, `git checkout`) is reported as the folder alone, never as the files in it, and a folder copied in
 * may be reported before the watch on it exists, without its files: so folders count, not only our files.
 * Paths below a folder discovery never enters (`.git`, `node_modules`) never count.
 */
export class DiscoveryPaths implements vscode.Disposable {
  /** `${folder}#${path}` of every engagement root, and of every root, problem path and their ancestors; built on demand. */
  private index: { roots: Set<string>; atOrAbove: Set<string> } | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly store: FolderWatchStore, private readonly isFolder: IsFolder = statIsFolder) {
    const stale = () => (this.index = undefined);
    this.subscriptions = [store.onDidChange(stale), store.onDidChangeDiscoveryProblems(stale)];
  }

  /** A deleted path matters when it is, holds or lies inside a known engagement, or held a discovery problem. */
  deleted(uri: vscode.Uri): boolean {
    const at = this.locate(uri);
    if (!at) return false;
    const { roots, atOrAbove } = this.known();
    if (atOrAbove.has(at.prefix + at.path)) return true;
    for (const p of ancestors(at.path)) if (roots.has(at.prefix + p)) return true;
    return false;
  }

  /** A created path matters when it is one of our files or a folder discovery enters (it may hold, or be, an engagement). */
  async created(uri: vscode.Uri): Promise<boolean> {
    const at = this.locate(uri);
    if (!at) return false;
    if (isEngagementFilePath(at.path)) return true;
    return !isSkippedFolder(at.path.slice(at.path.lastIndexOf('/') + 1)) && this.isFolder(uri);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
  }

  /** The workspace folder prefix and folder-relative path, unless the path is outside every folder or below a skipped one. */
  private locate(uri: vscode.Uri): { prefix: string; path: string } | undefined {
    const loc = locateInFolders(uri, vscode.workspace.workspaceFolders ?? []);
    if (!loc) return undefined;
    const parents = loc.path.split('/').slice(0, -1);
    return parents.some(isSkippedFolder) ? undefined : { prefix: `${loc.folder.uri.toString()}#`, path: loc.path };
  }

  private known(): { roots: Set<string>; atOrAbove: Set<string> } {
    if (this.index) return this.index;
    const roots = new Set(this.store.all().map((s) => s.key));
    const problems = this.store.discoveryProblems().flatMap(({ folder, problems: list }) => list.map((p) => `${folder.uri.toString()}#${p.path}`));
    const atOrAbove = new Set<string>();
    for (const key of [...roots, ...problems]) {
      const cut = key.indexOf('#') + 1; // a URI's own '#' is percent-encoded: the first one is ours
      atOrAbove.add(key);
      for (const p of ancestors(key.slice(cut))) atOrAbove.add(key.slice(0, cut) + p);
    }
    return (this.index = { roots, atOrAbove });
  }
}

/**
 * Re-discovers the owning workspace folder when a path that matters is created or deleted (see
 * DiscoveryPaths); the store coalesces a burst into one discovery per folder after `delayMs` of quiet.
 */
export function watchFolders(store: FolderWatchStore, events: PathEvents, delayMs: number, isFolder: IsFolder = statIsFolder): vscode.Disposable {
  const paths = new DiscoveryPaths(store, isFolder);
  const rediscover = (uri: vscode.Uri) => store.rediscoverUri(uri, delayMs);
  return vscode.Disposable.from(
    paths,
    events.onDidDelete((uri) => paths.deleted(uri) && rediscover(uri)),
    events.onDidCreate((uri) => void paths.created(uri).then((matters) => matters && rediscover(uri))),
  );
}

/** The proper ancestors of a folder-relative path, nearest first; '' (the workspace folder) last. */
function* ancestors(path: string): Generator<string> {
  if (path === '') return;
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) yield path.slice(0, i);
  yield '';
}

async function statIsFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false; // gone again already: a later event says what happened
  }
}
