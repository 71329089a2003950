/** Where the cursor stands in a YAML text, read from indentation alone (the text may not parse mid-edit). */
export interface YamlCursor {
  /** Keys from the root to the map or value being typed; `[]` for a list item. */
  path: string[];
  /**
   * `key`: a field name of the map at `path`; `value`: the value of `path`'s last key (or an item of its
   * flow list); `item`: a block list item (`- |`) at `path` (ending in `[]`), a scalar or a map's first key.
   */
  mode: 'key' | 'value' | 'item';
  /** Offsets of the word being typed (empty at a fresh position). */
  wordStart: number;
  wordEnd: number;
  /** Keys already written in the map being typed into (`key` mode). */
  siblings: string[];
}

// Letters of any script: a person's Chinese name typed where an id goes (李|) is the word completion filters on.
const WORD_CHAR = /[\p{L}\p{N}_.-]/u;
const KEY_LINE = /^(\s*)((?:-\s+)*)([^\s#:'"[\]{},-][^:#]*?)\s*:(?:\s+(.*)|$)/;
const DASHES = /^(\s*)((?:-(?:\s+|$))+)/;

interface LineShape {
  /** Columns of the `-` of each list item the line opens. */
  dashes: number[];
  key?: string;
  keyColumn: number;
  /** The text after `key:` (trimmed), '' when the key opens a block. */
  rest: string;
}

/**
 * The cursor's place in a YAML text: which keys lead to it and whether a key or a value is being typed.
 * Scans upward from the cursor's line only as far as its ancestors; undefined inside comments.
 */
export function yamlCursor(text: string, offset: number): YamlCursor | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  const line = text.slice(lineStart, nl === -1 ? text.length : nl).replace(/\r$/, '');
  const col = offset - lineStart;
  const before = line.slice(0, col);
  if (before.includes('#') && /(^|\s)#/.test(before)) return undefined;
  let ws = col;
  while (ws > 0 && WORD_CHAR.test(line[ws - 1])) ws--;
  let we = col;
  while (we < line.length && WORD_CHAR.test(line[we])) we++;
  const word = { wordStart: lineStart + ws, wordEnd: lineStart + we };
  const above = () => linesAbove(text, lineStart);

  const keyed = KEY_LINE.exec(before);
  if (keyed && before.length > keyed[1].length + keyed[2].length + keyed[3].length) {
    // `key: …|` or `key: [a, b|`: a value (or an item of a flow list) of `key`.
    const shape = shapeOf(line)!;
    const path = [...ancestors(above(), shape.dashes.length ? shape.dashes[0] : shape.keyColumn, shape.dashes.length > 0), ...shape.dashes.map(() => '[]'), keyed[3]];
    return { path, mode: 'value', ...word, siblings: [] };
  }
  const dashed = DASHES.exec(before);
  const afterDashes = dashed ? before.slice(dashed[0].length) : before.trimStart();
  if (/[:[\]{},"']/.test(afterDashes)) return undefined;
  if (dashed) {
    // `- |`: an item of a list of scalars (`source:` / `  - li|`) or the first key of a map item; the schema decides.
    const dashCols = shapeOf(before)?.dashes ?? [];
    return { path: [...ancestors(above(), dashCols[0], true), ...dashCols.map(() => '[]')], mode: 'item', ...word, siblings: [] };
  }
  const indent = before.length - before.trimStart().length;
  return { path: ancestors(above(), indent, false), mode: 'key', ...word, siblings: siblingsAt(text, lineStart, above(), indent) };
}

/** Lines before `end`, nearest first, as [text, start offset]. */
function* linesAbove(text: string, end: number): Generator<string> {
  let stop = end - 1;
  while (stop > 0) {
    const start = text.lastIndexOf('\n', stop - 1) + 1;
    yield text.slice(start, stop).replace(/\r$/, '');
    stop = start - 1;
  }
}

function shapeOf(line: string): LineShape | undefined {
  if (/^\s*(#|$)/.test(line)) return undefined;
  const dashes: number[] = [];
  let i = line.length - line.trimStart().length;
  while (line[i] === '-' && (i + 1 === line.length || /\s/.test(line[i + 1]))) {
    dashes.push(i);
    i++;
    while (i < line.length && /\s/.test(line[i])) i++;
  }
  const m = KEY_LINE.exec(line);
  return m ? { dashes, key: m[3], keyColumn: m[1].length + m[2].length, rest: (m[4] ?? '').replace(/\s+#.*$/, '').trim() } : { dashes, keyColumn: i, rest: line.slice(i) };
}

/**
 * The keys (and `[]` items) enclosing a node at `column`. A list item's dash may sit at its parent key's
 * column (`items:` / `- id: …`), so when `fromDash` a key at the same column still encloses it.
 */
function ancestors(above: Iterable<string>, column: number, fromDash: boolean): string[] {
  const out: string[] = [];
  let c = column;
  let sameColumnKey = fromDash;
  for (const line of above) {
    const s = shapeOf(line);
    if (!s) continue;
    if (s.key !== undefined && (s.keyColumn < c || (sameColumnKey && s.keyColumn === c)) && s.rest === '') {
      out.push(s.key);
      c = s.keyColumn;
      sameColumnKey = false;
      if (s.dashes.length === 0) continue;
    }
    const enclosing = s.dashes.filter((d) => d < c);
    if (enclosing.length) {
      out.push(...enclosing.map(() => '[]'));
      c = enclosing[0];
      sameColumnKey = true;
    } else if (s.keyColumn < c && !(s.key !== undefined && s.rest === '')) {
      // A scalar line at a smaller indent ends the block: nothing above can enclose the cursor.
      if (s.dashes.length === 0) break;
    }
    if (c === 0 && !sameColumnKey) break;
  }
  return out.reverse();
}

/** Keys written at `column` in the same map as the cursor's line (above and below it). */
function siblingsAt(text: string, lineStart: number, above: Iterable<string>, column: number): string[] {
  const out: string[] = [];
  for (const line of above) {
    const s = shapeOf(line);
    if (!s) continue;
    if (s.keyColumn < column || s.dashes.some((d) => d < column)) {
      if (s.key !== undefined && s.dashes.length && s.keyColumn === column) out.push(s.key);
      break;
    }
    if (s.keyColumn === column && s.key !== undefined) out.push(s.key);
  }
  const nl = text.indexOf('\n', lineStart);
  for (const line of nl === -1 ? [] : text.slice(nl + 1).split('\n')) {
    const s = shapeOf(line.replace(/\r$/, ''));
    if (!s) continue;
    if (s.keyColumn < column || s.dashes.length) break;
    if (s.keyColumn === column && s.key !== undefined) out.push(s.key);
  }
  return out;
}
