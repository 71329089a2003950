/** A directory entry as the host file system reports it. */
export interface FileEntry {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'other';
  /** Size in bytes when the host knows it cheaply (lets huge files be skipped unread). */
  size?: number;
}

/**
 * The core's only window on storage. Paths are POSIX, relative to the workspace root ('' is the root).
 * The CLI implements it over Node's fs, the extension over `vscode.workspace.fs`, tests in memory.
 */
export interface EngagementFs {
  readDirectory(path: string): Promise<FileEntry[]>;
  readFile(path: string): Promise<Uint8Array>;
}

/** Joins POSIX path segments, treating '' as the root. */
export function joinPath(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name;
}

/** The directory part of a POSIX path ('' for top-level files). */
export function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}
