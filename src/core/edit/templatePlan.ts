import { KIND_SPECS, isMarkdownKind, type Kind } from '../method/kinds';
import { stageIndex } from '../method/stages';
import type { Language, StageId } from '../types';

/** One file to create from a template. */
export interface PlannedFile {
  kind: Kind;
  /** Template path relative to the extension root, e.g. `templates/en/03-research/plan.md`. */
  template: string;
  /** Target path relative to the engagement root. */
  target: string;
  format: 'yaml' | 'markdown';
}

/** The files a new engagement starts with (docs/format.md layout; the kickoff deliverable included). */
export const NEW_ENGAGEMENT_KINDS: readonly Kind[] = ['engagement', 'stakeholders', 'requirements', 'activities', 'reviews', 'interface-form'];

/** The folder of a stage in the template layout: `01-kickoff` … `06-closure`. */
export function stageFolder(stage: StageId): string {
  return `${String(stageIndex(stage) + 1).padStart(2, '0')}-${stage}`;
}

/**
 * Maps kinds to their templates and target paths. A deviation table is two files (technical and
 * commercial); a stage summary goes to `<NN-stage>/summary.md` of `stage` (default: introduction).
 */
export function templatePlan(lang: Language, kinds: readonly Kind[], stage?: StageId): PlannedFile[] {
  const out: PlannedFile[] = [];
  const add = (kind: Kind, layoutPath: string, target = layoutPath) =>
    out.push({ kind, template: `templates/${lang}/${layoutPath}`, target, format: isMarkdownKind(kind) ? 'markdown' : 'yaml' });
  for (const kind of kinds) {
    const path = KIND_SPECS[kind].defaultPath;
    if (kind === 'deviation-table') {
      add(kind, path);
      add(kind, '05-bidding/deviation-commercial.yaml');
    } else if (kind === 'stage-summary' && stage) {
      add(kind, path, `${stageFolder(stage)}/summary.md`);
    } else {
      add(kind, path);
    }
  }
  return out;
}
