import { isEngagementFilePath } from './parse/sourceFile';
import { joinPath, type EngagementFs, type FileEntry } from './workspace';

/** The marker file of an engagement root. */
export const ENGAGEMENT_FILE = 'engagement.yaml';

/** An engagement folder and the files (paths and known sizes) that belong to it. */
export interface DiscoveredEngagement {
  root: string;
  files: { path: string; size?: number }[];
}

/** Folders never searched: tooling, dependencies and hidden folders. */
const SKIP_DIR = /^(\.|node_modules$)/;
/** Deeper trees than this are not searched (and cannot loop: symlinks are never followed). */
const MAX_DEPTH = 24;

/**
 * Finds every engagement below `start` (any depth). Symbolic links are not followed, so link loops
 * cannot hang the walk; unreadable folders are skipped.
 */
export async function discoverEngagements(fs: EngagementFs, start = ''): Promise<DiscoveredEngagement[]> {
  const found: DiscoveredEngagement[] = [];
  await walk(fs, start, undefined, 0, found);
  return found.sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
}

async function walk(fs: EngagementFs, dir: string, owner: DiscoveredEngagement | undefined, depth: number, out: DiscoveredEngagement[]): Promise<void> {
  if (depth > MAX_DEPTH) return;
  let entries: FileEntry[];
  try {
    entries = await fs.readDirectory(dir);
  } catch {
    return;
  }
  let current = owner;
  if (entries.some((e) => e.type === 'file' && e.name === ENGAGEMENT_FILE)) {
    current = { root: dir, files: [] };
    out.push(current);
  }
  const subdirs: string[] = [];
  for (const e of entries) {
    if (e.type === 'directory' && !SKIP_DIR.test(e.name)) subdirs.push(joinPath(dir, e.name));
    else if (e.type === 'file' && current && isEngagementFilePath(e.name)) current.files.push({ path: joinPath(dir, e.name), size: e.size });
  }
  await Promise.all(subdirs.map((d) => walk(fs, d, current, depth + 1, out)));
}
