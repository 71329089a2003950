import * as vscode from 'vscode';
import type { EngagementFs, FileEntry } from '../core';
import { uriIn } from './folderPaths';

/** Returns the text of an open editor buffer for a URI, or undefined when the file is not open. */
export type BufferText = (uri: vscode.Uri) => string | undefined;

/**
 * The core's `EngagementFs` over `vscode.workspace.fs`, rooted at one workspace folder. Works for any
 * file-system provider (local, remote, virtual, browser); open buffers win over disk when `buffers` is given,
 * so checks see what the writer sees.
 */
export class WorkspaceFs implements EngagementFs {
  constructor(
    private readonly root: vscode.Uri,
    private readonly buffers: BufferText = () => undefined,
  ) {}

  /** The URI of a root-relative POSIX path. */
  uriOf(path: string): vscode.Uri {
    return uriIn(this.root, path);
  }

  async readDirectory(path: string): Promise<FileEntry[]> {
    const dir = this.uriOf(path);
    const entries = await vscode.workspace.fs.readDirectory(dir);
    return Promise.all(entries.map(async ([name, type]) => ({ name, type: entryType(type), size: await this.sizeOf(name, type, dir) })));
  }

  async readFile(path: string): Promise<Uint8Array> {
    const uri = this.uriOf(path);
    const text = this.buffers(uri);
    return text === undefined ? vscode.workspace.fs.readFile(uri) : new TextEncoder().encode(text);
  }

  // Sizes let the core skip huge files unread; a failed stat just means "unknown".
  private async sizeOf(name: string, type: vscode.FileType, dir: vscode.Uri): Promise<number | undefined> {
    if (type !== vscode.FileType.File) return undefined;
    try {
      return (await vscode.workspace.fs.stat(vscode.Uri.joinPath(dir, name))).size;
    } catch {
      return undefined;
    }
  }
}

/** Maps VS Code's bit-flag `FileType` to the core's entry type; any symlink flag wins (links are never followed). */
export function entryType(type: vscode.FileType): FileEntry['type'] {
  if (type & vscode.FileType.SymbolicLink) return 'symlink';
  if (type === vscode.FileType.Directory) return 'directory';
  if (type === vscode.FileType.File) return 'file';
  return 'other';
}

/** Text of open documents by URI (dirty or not), the buffer overlay the store checks from. */
export function openBufferText(uri: vscode.Uri): string | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key)?.getText();
}
