import type { EngagementFs, FileEntry } from '../../../src/core/workspace';

/** An in-memory `EngagementFs`: keys are POSIX paths, values file contents. Folders are implied. */
export class MemoryFs implements EngagementFs {
  readonly files = new Map<string, Uint8Array>();

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  write(path: string, content: string | Uint8Array): void {
    this.files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  async readDirectory(path: string): Promise<FileEntry[]> {
    const prefix = path ? `${path}/` : '';
    const out = new Map<string, FileEntry>();
    for (const [p, bytes] of this.files) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) out.set(rest, { name: rest, type: 'file', size: bytes.byteLength });
      else out.set(rest.slice(0, slash), { name: rest.slice(0, slash), type: 'directory' });
    }
    if (out.size === 0 && path) throw new Error(`ENOENT ${path}`);
    return [...out.values()];
  }

  async readFile(path: string): Promise<Uint8Array> {
    const f = this.files.get(path);
    if (!f) throw new Error(`ENOENT ${path}`);
    return f;
  }
}
