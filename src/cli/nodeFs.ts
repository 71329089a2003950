import { promises as fsp } from 'node:fs';
import * as nodePath from 'node:path';
import type { EngagementFs, FileEntry } from '../core';

/** The core's file-system port over Node's fs, rooted at one folder. */
export class NodeEngagementFs implements EngagementFs {
  constructor(private readonly root: string) {}

  private abs(path: string): string {
    return nodePath.join(this.root, ...path.split('/').filter(Boolean));
  }

  async readDirectory(path: string): Promise<FileEntry[]> {
    const dir = this.abs(path);
    const entries = await fsp.readdir(dir, { withFileTypes: true });
    return Promise.all(
      entries.map(async (e): Promise<FileEntry> => {
        const type = e.isSymbolicLink() ? 'symlink' : e.isDirectory() ? 'directory' : e.isFile() ? 'file' : 'other';
        const size = type === 'file' ? (await fsp.stat(nodePath.join(dir, e.name)).catch(() => undefined))?.size : undefined;
        return { name: e.name, type, size };
      }),
    );
  }

  async readFile(path: string): Promise<Uint8Array> {
    return fsp.readFile(this.abs(path));
  }
}
