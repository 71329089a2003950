import { decodeText } from './decodeText';
import { parseDecodedText, parseSourceFile, type FileParser, type SourceFile } from './sourceFile';

/**
 * Remembers the last parse of each path and reuses it while the text is unchanged, so a re-check after
 * one edit parses one file. Keyed by path (one entry each: memory stays bounded by the workspace) and
 * compared on the decoded text itself — exact, no hash collisions. Parsed files are shared between
 * checks, so rules must treat a `SourceFile` as read-only (they do: nothing in the core mutates one).
 */
export class ParseCache {
  private readonly entries = new Map<string, SourceFile>();
  hits = 0;
  misses = 0;

  /** A `FileParser` for `loadEngagement`/`checkWorkspace` that goes through this cache. */
  readonly parse: FileParser = (path, bytes) => {
    const decoded = decodeText(bytes);
    // Unreadable bytes are cheap to re-judge and never cached.
    if ('reason' in decoded) return this.store(path, parseSourceFile(path, bytes));
    const hit = this.entries.get(path);
    if (hit && fromText(hit) && hit.text === decoded.text) {
      this.hits++;
      return hit;
    }
    // The text `decodeText` made is what `parseSourceFile(path, bytes)` would parse: no second decoding.
    return this.store(path, parseDecodedText(path, decoded.text));
  };

  /** Parses text a host already holds (an open editor's document). */
  parseText(path: string, text: string): SourceFile {
    const hit = this.entries.get(path);
    if (hit && fromText(hit) && hit.text === text) {
      this.hits++;
      return hit;
    }
    return this.store(path, parseSourceFile(path, text));
  }

  /** Forgets a path (deleted or renamed file). */
  delete(path: string): void {
    this.entries.delete(path);
  }

  /** Forgets everything. */
  clear(): void {
    this.entries.clear();
  }

  /** Number of cached files. */
  get size(): number {
    return this.entries.size;
  }

  private store(path: string, file: SourceFile): SourceFile {
    this.misses++;
    this.entries.set(path, file);
    return file;
  }
}

/** True when a parse depended on the text alone (not on bytes that could not be decoded). */
function fromText(file: SourceFile): boolean {
  // A released body is no longer the file's text: never a hit, even if the prefix happens to match.
  if (file.bodyReleased) return false;
  return !file.unreadable || file.unreadable === 'unclosed-front-matter';
}
