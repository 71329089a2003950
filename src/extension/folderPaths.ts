import * as vscode from 'vscode';

/** The URI of a root-relative POSIX path (the inverse of `relativePath`); '' is the root itself. */
export function uriIn(root: vscode.Uri, path: string): vscode.Uri {
  const parts = path.split('/').filter(Boolean);
  return parts.length ? vscode.Uri.joinPath(root, ...parts) : root;
}

/** The workspace folder that contains `uri` (the innermost, for nested folders) and the folder-relative POSIX path. */
export function locateInFolders(uri: vscode.Uri, folders: readonly vscode.WorkspaceFolder[]): { folder: vscode.WorkspaceFolder; path: string } | undefined {
  let best: { folder: vscode.WorkspaceFolder; path: string } | undefined;
  for (const folder of folders) {
    const path = relativePath(folder.uri, uri);
    if (path !== undefined && (!best || folder.uri.path.length > best.folder.uri.path.length)) best = { folder, path };
  }
  return best;
}

/** `uri` relative to `root` ('' for the root itself), or undefined when it lies elsewhere. */
export function relativePath(root: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (root.scheme !== uri.scheme || root.authority !== uri.authority) return undefined;
  const base = root.path.replace(/\/+$/, '');
  if (uri.path === base) return '';
  return uri.path.startsWith(`${base}/`) ? uri.path.slice(base.length + 1) : undefined;
}

/** The root (of those given) that owns a folder-relative path: the longest containing one. */
export function owningRoot(path: string, roots: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const root of roots) {
    const inside = root === '' || path === root || path.startsWith(`${root}/`);
    if (inside && (best === undefined || root.length > best.length)) best = root;
  }
  return best;
}
