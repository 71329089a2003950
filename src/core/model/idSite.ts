import { isScalar } from 'yaml';
import type { SourceFile } from '../parse/sourceFile';
import type { YamlPath } from '../parse/yamlSource';
import type { Range } from '../types';

/** What an id names: a stakeholder (`people[].id`), a requirement (`items[].id`) or a tender clause (`clauses[].ref`). */
export type IdKind = 'stakeholder' | 'requirement' | 'clause';

/** One place an id is written: where it is defined, or a field (or Markdown line) that names it. */
export interface IdSite {
  kind: IdKind;
  id: string;
  role: 'definition' | 'reference';
  /** Workspace-relative file path. */
  file: string;
  /** The id's own characters (quotes excluded). */
  range: Range;
  /** Offsets of `range` in the file's text. */
  start: number;
  end: number;
  /** The YAML path of the scalar; undefined for a mention in Markdown prose. */
  path?: YamlPath;
  /** The record field that holds it (`source`, `req`, `with`, `tender_ref`, …; `prose` in Markdown). */
  field: string;
}

/**
 * The site of the scalar at `path`, when the path exists exactly and holds a plain or quoted scalar whose
 * text is `id`. Quotes are left out of the range, so a rename replaces the characters and keeps the quoting.
 */
export function yamlSite(file: SourceFile, path: YamlPath, kind: IdKind, id: string, role: IdSite['role'], field: string): IdSite | undefined {
  const yaml = file.yaml;
  if (!yaml) return undefined;
  const { node, depth } = yaml.locate(path);
  if (depth !== path.length || !isScalar(node) || !node.range) return undefined;
  const r = yaml.rangeAt(path, 'value');
  let start = file.lines.lineStart(r.start.line) + r.start.character;
  let end = file.lines.lineStart(r.end.line) + r.end.character;
  const quote = file.text[start];
  if ((quote === '"' || quote === "'") && end - start >= 2 && file.text[end - 1] === quote) {
    start++;
    end--;
  }
  // Escapes or folding would make the written characters differ from the id: such a site is not offered.
  if (file.text.slice(start, end) !== id) return undefined;
  return { kind, id, role, file: file.path, range: file.lines.rangeOf(start, end), start, end, path, field };
}
