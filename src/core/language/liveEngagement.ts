import { readEngagement } from '../model/engagement';
import type { Engagement } from '../model/records';
import { parseSourceFile } from '../parse/sourceFile';

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
