import type { SourceFile } from '../parse/sourceFile';
import type { YamlPath } from '../parse/yamlSource';
import type { Range } from '../types';

/** A YAML path to try and which part of it to point at. */
export type Place = [YamlPath, 'key' | 'value'];

/**
 * Range of the first candidate that exists exactly in the file; the `kind` key, then the first line,
 * otherwise. Unlike `rangeAt`, never widens to a whole document when a path is missing.
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
