import { type StageId, stageSpec, type SourceFile } from '../../core';
import type { EngagementState } from '../storeApi';

/**
 * The engagement's files that belong to a stage, as paths relative to the engagement root: in the
 * stage's folder (`03-research/…`), a Markdown deliverable whose front matter names the stage, or a file
 * of a kind the stage owes. Sorted by path.
 */
export function stageFiles(state: EngagementState, stage: StageId): { path: string; file: SourceFile }[] {
  const e = state.engagement;
  const spec = stageSpec(stage);
  const kinds = new Set<string>([...spec.deliverables, ...spec.optional]);
  const named = new Set(e.deliverables.filter((d) => d.stage === stage).map((d) => d.file.path));
  const prefix = e.root ? `${e.root}/` : '';
  const folder = new RegExp(`^\\d+-${stage}/`);
  return e.files
    .map((file) => ({ path: file.path.startsWith(prefix) ? file.path.slice(prefix.length) : file.path, file }))
    .filter(({ path, file }) => path.includes('/') && (folder.test(path) || named.has(file.path) || (file.kind !== undefined && kinds.has(file.kind))))
    .sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}
