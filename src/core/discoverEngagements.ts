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

/** True for a folder name discovery never enters (`.git`, `.vscode`, `node_modules`): nothing below it is an engagement. */
export function isSkippedFolder(name: string): boolean {
  return SKIP_DIR.test(name);
}

/** Folder levels below the start that are searched (deeper ones cannot loop either: symlinks are never followed). */
export const MAX_DEPTH = 24;
/** A name a writer may have meant as the marker: another case or the `.yml` extension. */
const NEAR_MARKER = /^engagement\.ya?ml$/i;

/**
 * Something discovery could not search or that looks like a mistake: a folder it could not read, a folder
 * past `MAX_DEPTH` that it did not enter, or a file named like the marker that is not `engagement.yaml`.
 */
export interface DiscoveryProblem {
  reason: 'unreadable' | 'too-deep' | 'near-marker';
  /** The folder (unreadable, too-deep) or file (near-marker); '' is the start folder. */
  path: string;
}

/** Every engagement below a folder, and what the search could not do. */
export interface Discovery {
  engagements: DiscoveredEngagement[];
  problems: DiscoveryProblem[];
}

/**
 * Finds every engagement below `start`, down to `MAX_DEPTH` folder levels. Symbolic links are not
 * followed, so link loops cannot hang the walk; unreadable folders, folders too deep and near-miss
 * marker names (`engagement.yml`, `Engagement.yaml`) are reported, never skipped in silence.
 */
export async function discoverWorkspace(fs: EngagementFs, start = ''): Promise<Discovery> {
  const found: Discovery = { engagements: [], problems: [] };
  await walk(fs, start, undefined, 0, found);
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  found.engagements.sort((a, b) => byPath(a.root, b.root));
  found.problems.sort((a, b) => byPath(a.path, b.path));
  return found;
}

/** The engagements below `start` (see `discoverWorkspace`, which also says what it could not search). */
export async function discoverEngagements(fs: EngagementFs, start = ''): Promise<DiscoveredEngagement[]> {
  return (await discoverWorkspace(fs, start)).engagements;
}

async function walk(fs: EngagementFs, dir: string, owner: DiscoveredEngagement | undefined, depth: number, out: Discovery): Promise<void> {
  let entries: FileEntry[];
  try {
    entries = await fs.readDirectory(dir);
  } catch {
    out.problems.push({ reason: 'unreadable', path: dir });
    return;
  }
  let current = owner;
  if (entries.some((e) => e.type === 'file' && e.name === ENGAGEMENT_FILE)) {
    current = { root: dir, files: [] };
    out.engagements.push(current);
  }
  const subdirs: string[] = [];
  for (const e of entries) {
    if (e.type === 'directory' && !isSkippedFolder(e.name)) subdirs.push(joinPath(dir, e.name));
    else if (e.type === 'file' && current && isEngagementFilePath(e.name)) current.files.push({ path: joinPath(dir, e.name), size: e.size });
    if (e.type === 'file' && e.name !== ENGAGEMENT_FILE && NEAR_MARKER.test(e.name) && current?.root !== dir) out.problems.push({ reason: 'near-marker', path: joinPath(dir, e.name) });
  }
  if (subdirs.length > 0 && depth >= MAX_DEPTH) {
    out.problems.push({ reason: 'too-deep', path: dir });
    return;
  }
  await Promise.all(subdirs.map((d) => walk(fs, d, current, depth + 1, out)));
}
