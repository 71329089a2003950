import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import { checkAliases, MAX_ALIAS_EXPANSION, mayHaveAliases } from './aliasExpansion';
import { duplicateKeys } from './duplicateKeys';
import { MAX_NESTING, nestingTooDeep } from './nestingGuard';

/** A path into a YAML value: map keys and sequence indexes. */
export type YamlPath = readonly (string | number)[];

/** A syntax problem with its absolute offsets. */
export interface YamlProblem {
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning';
  code: string;
}

/** Syntax problems kept per document: a garbage file yields a handful of findings, not thousands. */
const MAX_PROBLEMS = 50;

// logLevel 'error': the library's own warnings (e.g. collection keys) are not printed to the host's console.
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, stringKeys: false, logLevel: 'error' } as const;

/**
 * A parsed YAML document that remembers where every node came from. `base` is the offset of the YAML
 * inside the file (non-zero for Markdown front matter).
 */
export class YamlSource {
  readonly value: unknown;
  readonly problems: YamlProblem[] = [];
  /**
   * The syntax tree is only needed to place findings, and it is the largest thing a parsed file holds
   * (more than its text). It is held weakly and parsed again from `text` if the GC took it, so a
   * 1,000-engagement workspace does not keep 15,000 trees alive. Re-parsing gives the same tree.
   */
  private docRef: WeakRef<Document.Parsed> | undefined;

  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly lines: LineIndex,
  ) {
    let doc: Document.Parsed | undefined;
    let value: unknown;
    const tooDeep = nestingTooDeep(text);
    if (tooDeep >= 0) {
      this.problems.push(this.problem([tooDeep, tooDeep + 1], `Nesting deeper than ${MAX_NESTING} levels; the document was not parsed.`, 'error', 'NESTING_TOO_DEEP'));
      this.value = undefined;
      return;
    }
    try {
      doc = parseDocument(text, PARSE_OPTIONS);
      for (const e of doc.errors) this.problems.push(this.problem(e.pos, e.message, 'error', e.code));
      // Our own linear check (the library's `uniqueKeys` is quadratic in the keys of a map).
      for (const key of duplicateKeys(doc)) this.problems.push(this.problem(key, 'Map keys must be unique', 'error', 'DUPLICATE_KEY'));
      for (const w of doc.warnings) this.problems.push(this.problem(w.pos, w.message, 'warning', w.code));
      const clean = !this.problems.some((p) => p.severity === 'error');
      const aliases = clean && mayHaveAliases(text) ? checkAliases(doc) : undefined;
      if (aliases) {
        const why = aliases.reason === 'cycle' ? 'this alias stands inside its own anchor and would never end' : `aliases would expand to more than ${MAX_ALIAS_EXPANSION} nodes`;
        // RESOURCE_EXHAUSTION: the library's own code for alias bombs, so the finding's text covers it already.
        this.problems.push(this.problem(aliases.range, `Excessive alias expansion: ${why}`, 'error', 'RESOURCE_EXHAUSTION'));
      } else if (clean) {
        // The library's own alias count (-1: off) is a heuristic that both refuses small honest DAGs and misses
        // 2^90-node ones; `checkAliases` above has already bounded the expansion exactly.
        value = doc.toJS({ maxAliasCount: -1 });
      }
    } catch (err) {
      // Alias bombs, absurd nesting (stack overflow) and similar: report, never throw.
      this.problems.push(this.problem([0, Math.min(text.length, 1)], String((err as Error)?.message ?? err), 'error', 'PARSE_FAILURE'));
      value = undefined;
    }
    if (this.problems.length > MAX_PROBLEMS) this.problems.splice(MAX_PROBLEMS);
    this.docRef = doc && new WeakRef(doc);
    this.value = value;
  }

  /** The parsed YAML document (undefined when the parser itself failed). */
  get doc(): Document.Parsed | undefined {
    if (!this.docRef) return undefined;
    let doc = this.docRef.deref();
    if (!doc) {
      doc = parseDocument(this.text, PARSE_OPTIONS);
      this.docRef = new WeakRef(doc);
    }
    return doc;
  }

  private problem(pos: [number, number], message: string, severity: 'error' | 'warning', code: string): YamlProblem {
    return { start: this.base + pos[0], end: this.base + Math.max(pos[0], pos[1]), message: message.split('\n')[0], severity, code };
  }

  /** The map pair (for its key) and the node at a path, as deep as the path exists. */
  locate(path: YamlPath): { pair?: Pair; node?: Node; depth: number } {
    let node: unknown = this.doc?.contents ?? undefined;
    let pair: Pair | undefined;
    let depth = 0;
    for (const seg of path) {
      let next: unknown;
      let nextPair: Pair | undefined;
      if (isMap(node)) {
        nextPair = pairOf(node, String(seg));
        next = nextPair?.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        next = node.items[seg];
      }
      if (next === undefined && !nextPair) break;
      node = next;
      pair = nextPair;
      depth++;
      if (next === undefined || next === null) break;
    }
    return { pair, node: (node ?? undefined) as Node | undefined, depth };
  }

  /**
   * Range of the node at `path` (`part: 'key'` for the key that holds it). Falls back to the deepest
   * existing ancestor, then to the document start, so every finding has a place.
   */
  rangeAt(path: YamlPath, part: 'key' | 'value' = 'value'): Range {
    const { pair, node, depth } = this.locate(path);
    const exact = depth === path.length;
    // A list item has no key of its own: its first key stands for it.
    const firstKey = exact && part === 'key' && typeof path[path.length - 1] === 'number' && isMap(node) ? (node.items[0]?.key as Node | null) : undefined;
    const keyNode = firstKey ?? (pair && (pair.key as Node | null));
    const target = (part === 'key' || !exact || !node?.range) && keyNode?.range ? keyNode : node;
    if (target?.range) return this.lines.rangeOf(this.base + target.range[0], this.base + target.range[1]);
    if (keyNode?.range) return this.lines.rangeOf(this.base + keyNode.range[0], this.base + keyNode.range[1]);
    const firstLine = this.lines.positionAt(this.base).line;
    return this.lines.lineRange(firstLine);
  }

  /** Range of a whole item (e.g. one row of `items:`), from its first key to its last value. */
  itemRange(path: YamlPath): Range {
    const { node, depth } = this.locate(path);
    if (depth === path.length && node?.range) return this.lines.rangeOf(this.base + node.range[0], this.base + node.range[1]);
    return this.rangeAt(path);
  }
}

/** Maps with more keys than this get a key index, so locating one key is not a scan (findings × keys). */
const INDEX_FROM = 16;
const keyIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

/** The pair of a map whose key reads as `key` (the first one, as the parser keeps duplicates in order). */
function pairOf(map: YAMLMap, key: string): Pair | undefined {
  const keyOf = (p: unknown) => (isPair(p) ? String(isScalar(p.key) ? p.key.value : p.key) : undefined);
  if (map.items.length < INDEX_FROM) return map.items.find((p) => keyOf(p) === key) as Pair | undefined;
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      const k = keyOf(p);
      if (k !== undefined && !index.has(k)) index.set(k, p as Pair);
    }
    keyIndexes.set(map, index);
  }
  return index.get(key);
}
