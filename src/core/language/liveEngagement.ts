import { readEngagement } from '../model/engagement';
import type { Engagement } from '../model/records';
import { parseSourceFile, type SourceFile } from '../parse/sourceFile';
import { LineIndex } from '../text/lineIndex';
import { knownRequirements, proseSitesOf } from '../model/proseMentions';
import { buildIdIndex, indexOf, type IdIndex } from './idIndex';

/**
 * The engagement as it reads with one file's text replaced (an editor buffer not yet re-checked), so
 * language features answer at the buffer's own offsets. Linear: one parse and one read of the records.
 * Returns the engagement itself when the text is unchanged or the file is not one of its files.
 */
export function engagementWithText(e: Engagement, path: string, text: string): Engagement {
  const i = e.files.findIndex((f) => f.path === path);
  if (i < 0 || e.files[i].text === text) return e;
  const files = [...e.files];
  files[i] = parseSourceFile(path, text);
  const marker = files.find((f) => f.path === e.file.path) ?? e.file;
  return readEngagement(e.root, marker, files);
}

/**
 * The index as it reads with one file's text replaced (a buffer newer than the last check). A Markdown
 * buffer changes only its own prose mentions, so only they are recomputed (no Markdown parse, no re-read
 * of the records); a YAML buffer is re-parsed and the engagement re-read, other files' sites reused.
 */
export function indexWithText(index: IdIndex, path: string, text: string): IdIndex {
  const old = index.files.get(path);
  if (!old || old.text === text) return index;
  if (old.format === 'yaml') return buildIdIndex(engagementWithText(index.engagement, path, text));
  // Its `kind` and front matter stay as last checked until the store re-checks the buffer (debounced).
  const file: SourceFile = { ...old, text, lines: new LineIndex(text) };
  const files = new Map(index.files);
  files.set(path, file);
  const sites = [...index.byFile].filter(([p]) => p !== path).flatMap(([, list]) => list);
  if (file.kind !== undefined) sites.push(...proseSitesOf(file, knownRequirements(index.engagement)));
  return indexOf(index.engagement, files, sites);
}
