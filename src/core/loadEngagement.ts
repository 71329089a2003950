import type { DiscoveredEngagement } from './discoverEngagements';
import { ENGAGEMENT_FILE } from './discoverEngagements';
import { readEngagement, type Engagement } from './model/engagement';
import { MAX_FILE_BYTES } from './parse/decodeText';
import { parseSourceFile, type FileParser, type ReadProblem, type SourceFile } from './parse/sourceFile';
import { joinPath, type EngagementFs } from './workspace';

export type { FileParser };

/** Reads and parses every file of a discovered engagement. Unreadable files become findings, not errors. */
export async function loadEngagement(fs: EngagementFs, found: DiscoveredEngagement, parse: FileParser = parseSourceFile): Promise<Engagement> {
  const files = await Promise.all(
    [...found.files].sort((a, b) => (a.path < b.path ? -1 : 1)).map(async ({ path, size }) => {
      if (size !== undefined && size > MAX_FILE_BYTES) return unreadable(path, 'too-large');
      try {
        return parse(path, await fs.readFile(path));
      } catch {
        return unreadable(path, 'io-error');
      }
    }),
  );
  const markerPath = joinPath(found.root, ENGAGEMENT_FILE);
  const marker = files.find((f) => f.path === markerPath) ?? parse(markerPath, new Uint8Array());
  return readEngagement(found.root, marker, files);
}

function unreadable(path: string, why: ReadProblem): SourceFile {
  return { ...parseSourceFile(path, ''), unreadable: why };
}
