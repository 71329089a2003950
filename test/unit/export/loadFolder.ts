import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readEngagement, type Engagement } from '../../../src/core/model/engagement';
import { isEngagementFilePath, parseSourceFile, type SourceFile } from '../../../src/core/parse/sourceFile';

/** Reads one engagement folder from disk into the typed model (paths relative to `base`, POSIX). */
export function loadFolder(folder: string, base = folder): Engagement {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (isEngagementFilePath(name)) files.push(parseSourceFile(relative(base, p).split('\\').join('/'), readFileSync(p)));
    }
  };
  walk(folder);
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  const root = relative(base, folder).split('\\').join('/');
  const marker = files.find((f) => f.path === (root ? `${root}/engagement.yaml` : 'engagement.yaml'))!;
  return readEngagement(root, marker, files);
}

/** Reads the bytes of every image a document names, relative to `base`. */
export function readImages(paths: string[], base: string): Map<string, Uint8Array> {
  return new Map(paths.map((p) => [p, new Uint8Array(readFileSync(join(base, p)))]));
}
