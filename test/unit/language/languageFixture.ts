import { join } from 'node:path';
import { discoverEngagements } from '../../../src/core/discoverEngagements';
import { buildIdIndex, type IdIndex } from '../../../src/core/language/idIndex';
import type { IdSite } from '../../../src/core/model/idSite';
import { loadEngagement } from '../../../src/core/loadEngagement';
import type { Position } from '../../../src/core/types';
import { fsFromFolder } from '../helpers/checkFixture';
import { MemoryFs } from '../helpers/memoryFs';

/** The id index of an example engagement (`examples/<name>`). */
export async function exampleIndex(name: string): Promise<IdIndex> {
  return indexOf(fsFromFolder(join(import.meta.dirname, '../../../examples', name)));
}

/** The id index of in-memory files (one engagement). */
export async function memoryIndex(files: Record<string, string>): Promise<IdIndex> {
  return indexOf(new MemoryFs(files));
}

async function indexOf(fs: MemoryFs): Promise<IdIndex> {
  const [found] = await discoverEngagements(fs);
  return buildIdIndex(await loadEngagement(fs, found));
}

/** A site as `file:line:col-col` (0-based, as VS Code positions). */
export function spot(s: { file: string; range: IdSite['range'] }): string {
  return `${s.file}:${s.range.start.line}:${s.range.start.character}-${s.range.end.character}`;
}

/** A text with one `|` marking the cursor: the text without it and the cursor's position. */
export function cursor(marked: string): { text: string; position: Position } {
  const i = marked.indexOf('|');
  const before = marked.slice(0, i);
  return { text: before + marked.slice(i + 1), position: { line: before.split('\n').length - 1, character: i - before.lastIndexOf('\n') - 1 } };
}
