import type { SourceFile } from '../parse/sourceFile';
import type { YamlPath } from '../parse/yamlSource';
import type { Range } from '../types';

/** Where a record was read from: its file and the YAML path of its node ([] = the document root). */
export interface Source {
  readonly file: SourceFile;
  readonly path: YamlPath;
}

/** A place a finding points at: a workspace-relative file and a range in it. */
export interface Where {
  file: string;
  range: Range;
}

/** A YAML path to try and which part of its node to point at. */
export type Place = readonly [YamlPath, 'key' | 'value'];

/**
 * The place of a record's field (`field` relative to the record; omitted = the record itself, whose
 * `key` part is its first key for a list item). Ranges are computed on demand, so records stay cheap.
 */
export function where(at: Source, field: YamlPath | string = [], part: 'key' | 'value' = 'value'): Where {
  const rel = typeof field === 'string' ? [field] : field;
  return { file: at.file.path, range: rangeFor(at.file, [[...at.path, ...rel], part]) };
}

/** Like `where`, trying each place relative to the record in turn (e.g. the `last_contact` value, else the item). */
export function whereFirst(at: Source, ...places: Place[]): Where {
  return { file: at.file.path, range: rangeFor(at.file, ...places.map(([p, part]): Place => [[...at.path, ...p], part])) };
}

/**
 * Range of the first candidate that exists exactly in the file; the `kind` key, then the first line,
 * otherwise. Unlike `YamlSource.rangeAt`, never widens to a whole document when a path is missing.
 */
export function rangeFor(file: SourceFile, ...candidates: Place[]): Range {
  const yaml = file.yaml;
  if (!yaml) return file.lines.lineRange(0);
  for (const [path, part] of candidates) {
    if (yaml.locate(path).depth === path.length) return yaml.rangeAt(path, part);
  }
  if (yaml.locate(['kind']).depth === 1) return yaml.rangeAt(['kind'], 'key');
  return file.lines.lineRange(0);
}

/** The range `YamlSource.rangeAt` gives (falls back to the deepest existing ancestor); the first line without YAML. */
export function nearestRange(at: Source, field: YamlPath = [], part: 'key' | 'value' = 'value'): Where {
  const file = at.file;
  return { file: file.path, range: file.yaml ? file.yaml.rangeAt([...at.path, ...field], part) : file.lines.lineRange(0) };
}
