import { isValidId } from '../edit/ids';
import { applyEdits, type OffsetEdit } from '../edit/textEdit';
import { idText } from '../model/readValues';
import { parseSourceFile } from '../parse/sourceFile';
import type { Localized, Position, Range } from '../types';
import { definitionsOf, referencesOf, siteAt, type IdIndex } from './idIndex';
import type { IdSite } from '../model/idSite';

/** One replacement of a rename, in a workspace-relative file. */
export interface RenameEdit {
  file: string;
  range: Range;
  start: number;
  end: number;
  newText: string;
}

/** A rename: every edit across the engagement, or why it is refused (nothing is written then). */
export type RenamePlan = { ok: true; edits: RenameEdit[] } | { ok: false; reason: Localized };

const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** Why a rename is refused, in both languages. */
export const RENAME_REFUSALS = {
  notAnId: t('这里不是干系人编号、需求编号或条款号。', 'This is not a stakeholder id, requirement id or clause ref.'),
  invalid: t('新编号只能含字母、数字和 _ . -，且以字母或数字开头（最长 100 个字符）。', 'A new id may hold only letters, digits and _ . -, starting with a letter or digit (at most 100 characters).'),
  taken: t('编号“{0}”已被使用，改名会把两条记录合成一条。', 'The id "{0}" is already in use; renaming would merge two records into one.'),
  unsafe: t('改名后的文件不能原样读回新编号，已放弃改名，未写入任何内容。', 'A renamed file would not read back the new id exactly; nothing was changed.'),
} as const;

/** What a rename would replace: the id under the cursor (its exact range) or undefined off any id. */
export function renameTarget(index: IdIndex, file: string, position: Position): IdSite | undefined {
  return siteAt(index, file, position);
}

/**
 * Renames the id under the cursor everywhere it is defined and named (YAML fields and Markdown prose).
 * Refuses an invalid new id, an id already defined for the same kind, and any edit whose files would not
 * parse back to the new id at every renamed place (re-parsed here, before anything is written).
 */
export function renameEdits(index: IdIndex, file: string, position: Position, newName: string): RenamePlan {
  const site = siteAt(index, file, position);
  if (!site) return { ok: false, reason: RENAME_REFUSALS.notAnId };
  if (!isValidId(newName)) return { ok: false, reason: RENAME_REFUSALS.invalid };
  if (newName === site.id) return { ok: true, edits: [] };
  if (definitionsOf(index, site.kind, newName).length > 0) return { ok: false, reason: fill(RENAME_REFUSALS.taken, newName) };
  const sites = [...definitionsOf(index, site.kind, site.id), ...referencesOf(index, site.kind, site.id)];
  const edits = sites.map((s): RenameEdit => ({ file: s.file, range: s.range, start: s.start, end: s.end, newText: newName }));
  return readsBack(index, sites, newName) ? { ok: true, edits } : { ok: false, reason: RENAME_REFUSALS.unsafe };
}

/** Re-parses every touched file with its edits applied: each renamed YAML scalar must read as the new id. */
function readsBack(index: IdIndex, sites: readonly IdSite[], newName: string): boolean {
  const byFile = new Map<string, IdSite[]>();
  for (const s of sites) {
    const list = byFile.get(s.file);
    if (list) list.push(s);
    else byFile.set(s.file, [s]);
  }
  for (const [path, list] of byFile) {
    // Prose mentions are plain text: only files with renamed YAML scalars need reading back.
    if (list.every((s) => !s.path)) continue;
    const before = index.files.get(path);
    if (!before) return false;
    const edits: OffsetEdit[] = list.map((s) => ({ start: s.start, end: s.end, newText: newName }));
    const after = parseSourceFile(path, applyEdits(before.text, edits));
    if (after.problems.filter((p) => p.severity === 'error').length > before.problems.filter((p) => p.severity === 'error').length) return false;
    for (const s of list) {
      if (!s.path) continue;
      const { node, depth } = after.yaml?.locate(s.path) ?? { depth: -1 };
      const value = depth === s.path.length && node && 'value' in node ? idText(node.value) : undefined;
      if (value !== newName) return false;
    }
  }
  return true;
}

function fill(text: Localized, arg: string): Localized {
  return { 'zh-CN': text['zh-CN'].replace('{0}', arg), en: text.en.replace('{0}', arg) };
}
