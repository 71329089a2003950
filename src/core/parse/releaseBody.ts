import { LineIndex } from '../text/lineIndex';
import { findFrontMatter } from './frontMatter';
import type { SourceFile } from './sourceFile';
import { YamlSource } from './yamlSource';

/**
 * Drops the Markdown body of a parsed file, keeping what its records need: `data`, `kind`, `headings`,
 * `problems` and the front matter with exact ranges (its text, line index and YAML are rebuilt over the
 * front matter alone, so every offset before the body keeps its line and column). `text` becomes that
 * prefix (the first line for Markdown without front matter) and `bodyReleased` is set. The body is most of an engagement's memory (a 110 kB solution.md is
 * 220 kB as a JS string); a host that keeps many engagements (the extension's store) releases the bodies
 * of those nobody is looking at and re-reads the files when a body is needed. Mutates `file` in place,
 * so the records that point at it follow. Returns false (and changes nothing) for YAML files and for
 * Markdown whose body is empty.
 */
export function releaseMarkdownBody(file: SourceFile): boolean {
  if (file.format !== 'markdown' || file.bodyReleased) return false;
  const fm = file.unreadable ? undefined : findFrontMatter(file.text);
  // Without front matter the first line stays: it is where file-level places fall back to.
  const keep = fm && fm !== 'unclosed' ? fm.bodyStart : firstLineEnd(file.text);
  if (keep >= file.text.length) return false;
  // A copy, not a slice: a V8 slice would keep the whole text alive as its parent.
  const prefix = detached(file.text.slice(0, keep));
  const lines = new LineIndex(prefix);
  if (fm && fm !== 'unclosed' && file.yaml) file.yaml = new YamlSource(prefix.slice(fm.start, fm.end), fm.start, lines);
  file.text = prefix;
  file.lines = lines;
  file.bodyReleased = true;
  return true;
}

function firstLineEnd(text: string): number {
  const nl = text.indexOf('\n');
  return nl === -1 ? text.length : nl + 1;
}

function detached(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
