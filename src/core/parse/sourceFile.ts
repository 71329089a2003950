import { isKind, isMarkdownKind, type Kind } from '../method/kinds';
import { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import { decodeText, type UnreadableReason } from './decodeText';
import { findFrontMatter } from './frontMatter';
import { markdownHeadings, type Heading } from './markdownHeadings';
import { YamlSource, type YamlProblem } from './yamlSource';

/** Why a file could not be read as YAML or Markdown at all. */
export type ReadProblem = UnreadableReason | 'unclosed-front-matter' | 'io-error';

/** One engagement file, parsed once with positions; everything later reads from here. */
export interface SourceFile {
  path: string;
  format: 'yaml' | 'markdown';
  text: string;
  lines: LineIndex;
  /** The YAML document (the front matter for Markdown), when there is one. */
  yaml?: YamlSource;
  /** The parsed YAML value (front matter for Markdown); undefined when unparseable. */
  data: unknown;
  /** The declared `kind`, when it is one we know and the file has its format (Markdown or YAML). */
  kind?: Kind;
  /** The declared `kind` value as written (for `unknown-kind`). */
  rawKind?: unknown;
  /** Markdown headings (empty for YAML). */
  headings: Heading[];
  /** Why the file could not be read, if it could not. */
  unreadable?: ReadProblem;
  /** YAML syntax errors and warnings with absolute offsets. */
  problems: YamlProblem[];
  /**
   * Set when a host dropped the Markdown body to save memory (`releaseMarkdownBody`): `text` is then only
   * the front matter. Records, headings and front-matter ranges stay exact; re-read the file for the body.
   */
  bodyReleased?: true;
}

/** Parses one file's bytes; a host may pass a cache-aware parser (`ParseCache.parse`) instead of `parseSourceFile`. */
export type FileParser = (path: string, bytes: Uint8Array) => SourceFile;

/** True for paths the product reads. */
export function isEngagementFilePath(path: string): boolean {
  return /\.(ya?ml|md|markdown)$/i.test(path);
}

/** Parses one file's bytes. Never throws. */
export function parseSourceFile(path: string, bytes: Uint8Array | string): SourceFile {
  const decoded = typeof bytes === 'string' ? { text: bytes.replace(/^\uFEFF/, '') } : decodeText(bytes);
  if ('reason' in decoded) {
    return { path, format: formatOf(path), text: '', lines: new LineIndex(''), data: undefined, headings: [], unreadable: decoded.reason, problems: [] };
  }
  return parseDecodedText(path, decoded.text);
}

/**
 * `parseSourceFile` of bytes that `decodeText` already turned into `text` (BOM dropped): a caller that had to
 * decode to decide something (the parse cache compares texts) does not decode a second time.
 */
export function parseDecodedText(path: string, text: string): SourceFile {
  const format = formatOf(path);
  const lines = new LineIndex(text);
  const file: SourceFile = { path, format, text, lines, data: undefined, headings: [], problems: [] };
  if (format === 'yaml') {
    attachYaml(file, new YamlSource(text, 0, lines));
    return file;
  }
  const fm = findFrontMatter(text);
  if (fm === 'unclosed') {
    file.unreadable = 'unclosed-front-matter';
    file.headings = markdownHeadings(text, 0);
    return file;
  }
  if (fm) attachYaml(file, new YamlSource(text.slice(fm.start, fm.end), fm.start, lines));
  file.headings = fm ? markdownHeadings(text.slice(fm.bodyStart), fm.bodyLine) : markdownHeadings(text, 0);
  return file;
}

function formatOf(path: string): SourceFile['format'] {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'yaml';
}

function attachYaml(file: SourceFile, yaml: YamlSource): void {
  file.yaml = yaml;
  file.problems = yaml.problems;
  file.data = yaml.value;
  const raw = yaml.value && typeof yaml.value === 'object' && !Array.isArray(yaml.value) ? (yaml.value as Record<string, unknown>).kind : undefined;
  file.rawKind = raw;
  // A kind counts only in its own format: `solution.yaml` is no solution, a front matter holds no stakeholders.
  if (isKind(raw) && isMarkdownKind(raw) === (file.format === 'markdown')) file.kind = raw;
}

/** Range of a YAML path in a file, or the first line when the file has no YAML. */
export function rangeIn(file: SourceFile, path: readonly (string | number)[], part: 'key' | 'value' = 'value'): Range {
  return file.yaml ? file.yaml.rangeAt(path, part) : file.lines.lineRange(0);
}
