import { promises as fsp, readFileSync } from 'node:fs';
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

  /**
   * The same bytes, read synchronously: `check --cache` reads every file of an unchanged repository just to
   * hash it, and for small files `readFileSync` is several times faster than `fs.promises.readFile`
   * (15,000 files: 0.13–0.15 s vs 0.75–0.86 s). A batch run has nothing else to do while it waits.
   */
  readFileNow(path: string): Uint8Array {
    return readFileSync(this.abs(path));
  }
}
