import type { Kind } from '../method/kinds';
import { stageIndex, STAGES } from '../method/stages';
import { resolvePolicy, type Policy } from '../method/policy';
import type { SourceFile } from '../parse/sourceFile';
import type { YamlPath } from '../parse/yamlSource';
import type { Language, StageId } from '../types';

/** A value found in a file, with the YAML path that leads to it (for ranges). */
export interface Located<T> {
  value: T;
  file: SourceFile;
  path: YamlPath;
}

/** One engagement: its folder, its parsed files and what engagement.yaml says about it. */
export interface Engagement {
  root: string;
  /** engagement.yaml */
  file: SourceFile;
  files: SourceFile[];
  data: Record<string, unknown>;
  language: Language;
  /** The current stage, when engagement.yaml names a valid one. */
  stage?: StageId;
  policy: Policy;
}

/** Builds the engagement model from its parsed files (engagement.yaml must be among them). */
export function buildEngagement(root: string, engagementFile: SourceFile, files: SourceFile[]): Engagement {
  const data = isRecord(engagementFile.data) ? engagementFile.data : {};
  const language: Language = data.language === 'en' ? 'en' : data.language === 'zh-CN' ? 'zh-CN' : guessLanguage(data);
  const stage = stageIndex(data.stage) >= 0 ? (data.stage as StageId) : undefined;
  return { root, file: engagementFile, files, data, language, stage, policy: resolvePolicy(data.policy) };
}

/** Without `language:`, a title or customer in Chinese means zh-CN. */
function guessLanguage(data: Record<string, unknown>): Language {
  return /[\u4e00-\u9fff]/.test(`${data.title ?? ''}${data.customer ?? ''}`) ? 'zh-CN' : 'en';
}

/** True for plain objects (not arrays, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Files of one kind, in path order. */
export function filesOfKind(e: Engagement, kind: Kind): SourceFile[] {
  return e.files.filter((f) => f.kind === kind);
}

/** Every object in the `listKey` list of every file of `kind`, with its path. */
export function itemsOf(e: Engagement, kind: Kind, listKey: string): Located<Record<string, unknown>>[] {
  const out: Located<Record<string, unknown>>[] = [];
  for (const file of filesOfKind(e, kind)) {
    const list = isRecord(file.data) ? file.data[listKey] : undefined;
    if (!Array.isArray(list)) continue;
    list.forEach((value, i) => {
      if (isRecord(value)) out.push({ value, file, path: [listKey, i] });
    });
  }
  return out;
}

/** Index of the engagement's current stage (-1 when unknown). */
export function currentStageIndex(e: Engagement): number {
  return e.stage ? stageIndex(e.stage) : -1;
}

/** The stages the engagement has reached, current included. */
export function reachedStages(e: Engagement): typeof STAGES[number][] {
  return STAGES.slice(0, currentStageIndex(e) + 1);
}
