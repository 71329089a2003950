import { isKind, isMarkdownKind, type Kind } from '../method/kinds';
import { findFrontMatter } from '../parse/frontMatter';
import { LineIndex } from '../text/lineIndex';
import type { Language, Position, Range } from '../types';
import { label } from './cardLabels';
import type { IdIndex } from './idIndex';
import type { IdKind } from '../model/idSite';
import { enumValues, fieldsOf, isMapNode, nodesAt, schemaNamed, schemaOfKind } from './schemaOutline';
import { yamlCursor } from './yamlCursor';

/** One completion: what to show, what to insert, and the exact range it replaces (the word being typed). */
export interface IdCompletion {
  label: string;
  kind: IdKind | 'value' | 'field';
  /** A short line beside the label (a person's name and title, a requirement's title). */
  detail?: string;
  /** Longer help (a field's description from the schema). */
  documentation?: string;
  insertText: string;
  range: Range;
  /** Orders the list: people by influence, requirements and clauses as written. */
  sortText: string;
  /** What typing filters on when it is more than the label: a person's id, name and title (typing 林 finds lin-kezhang). */
  filterText?: string;
}

/** The fields that name ids, per file kind: the same fields the index reads references from. */
const ID_FIELDS: Partial<Record<Kind, Readonly<Record<string, IdKind>>>> = {
  requirements: { source: 'stakeholder' },
  activities: { with: 'stakeholder' },
  'interface-form': { contacts: 'stakeholder', approver: 'stakeholder', champion: 'stakeholder' },
  pricing: { req: 'requirement' },
  'deviation-table': { req: 'requirement', ref: 'clause' },
  'bid-control': { req: 'requirement', tender_ref: 'clause' },
  tender: { clauses: 'clause' },
};

/**
 * Completions at a position of a document's current text (which may be mid-edit and not parse): ids where
 * the field names an id, enum values and field names from our own schemas, requirement ids in Markdown
 * prose. The index supplies the ids (it may be a little older than `text`; ranges come from `text`).
 */
export function completionsAt(index: IdIndex, path: string, text: string, position: Position, language: Language): IdCompletion[] {
  const lines = new LineIndex(text);
  const offset = lines.lineStart(position.line) + position.character;
  const kind = index.files.get(path)?.kind ?? declaredKind(text);
  const markdown = /\.(md|markdown)$/i.test(path);
  if (markdown) {
    const fm = findFrontMatter(text);
    if (fm && fm !== 'unclosed' && offset >= fm.start && offset <= fm.end) return yamlCompletions(index, text.slice(0, fm.end), offset, lines, 'markdown-front-matter', language);
    return proseCompletions(index, text, offset, lines, language);
  }
  return kind ? yamlCompletions(index, text, offset, lines, kind, language) : [];
}

function yamlCompletions(index: IdIndex, text: string, offset: number, lines: LineIndex, kind: Kind | 'markdown-front-matter', language: Language): IdCompletion[] {
  const cursor = yamlCursor(text, offset);
  const schema = kind === 'markdown-front-matter' ? schemaNamed(kind) : schemaOfKind(kind);
  if (!cursor || !schema) return [];
  const range = lines.rangeOf(cursor.wordStart, cursor.wordEnd);
  const nodes = nodesAt(schema, cursor.path);
  if (cursor.mode === 'key' || (cursor.mode === 'item' && isMapNode(nodes))) {
    const taken = new Set(cursor.siblings);
    return fieldsOf(nodes, language)
      .filter((f) => !taken.has(f.name))
      .map((f, i) => ({ label: f.name, kind: 'field', documentation: f.description, insertText: `${f.name}: `, range, sortText: pad(i) }));
  }
  const field = cursor.path.filter((s) => s !== '[]').at(-1);
  const idKind = field !== undefined && kind !== 'markdown-front-matter' ? ID_FIELDS[kind]?.[field] : undefined;
  if (idKind) {
    const listed = listedAround(text, cursor.wordStart, cursor.wordEnd);
    return idItems(index, idKind, range, language).filter((c) => !listed.has(c.label));
  }
  return enumValues(nodes).map((v, i) => ({ label: v, kind: 'value', insertText: v, range, sortText: pad(i) }));
}

/** In Markdown prose: the requirement ids that start with the word being typed (`REQ-0|`). */
function proseCompletions(index: IdIndex, text: string, offset: number, lines: LineIndex, language: Language): IdCompletion[] {
  let start = offset;
  while (start > 0 && /[A-Za-z0-9_.-]/.test(text[start - 1])) start--;
  const word = text.slice(start, offset).toLowerCase();
  if (word === '') return [];
  const range = lines.rangeOf(start, offset);
  return idItems(index, 'requirement', range, language).filter((c) => c.label.toLowerCase().startsWith(word));
}

const INFLUENCE_ORDER = { high: 0, medium: 1, low: 2 } as const;

function idItems(index: IdIndex, kind: IdKind, range: Range, language: Language): IdCompletion[] {
  const e = index.engagement;
  switch (kind) {
    case 'stakeholder':
      return e.people.filter((p) => p.id).map((p, i) => ({
        label: p.id!,
        kind,
        detail: [p.name, p.title, p.type && label.decisionType(p.type, language)].filter(Boolean).join(' · '),
        insertText: p.id!,
        filterText: [p.id, p.name, p.title].filter(Boolean).join(' '),
        range,
        sortText: `${p.influence ? INFLUENCE_ORDER[p.influence] : 3}${pad(i)}`,
      }));
    case 'requirement':
      return e.requirements.filter((r) => r.id).map((r, i) => ({ label: r.id!, kind, detail: r.title, insertText: r.id!, range, sortText: pad(i) }));
    case 'clause':
      return e.tenders.flatMap((t) => t.clauses).filter((c) => c.ref).map((c, i) => ({
        label: c.ref!,
        kind,
        detail: `${c.mark ? `${c.mark} ` : ''}${c.text ?? ''}`,
        insertText: c.ref!,
        range,
        sortText: pad(i),
      }));
  }
}

/**
 * The ids already written in the flow list around the word being typed (`req: [REQ-001, RE|]` → REQ-001):
 * a list names an id once, so those are not offered again. Only the cursor's own line is read.
 */
function listedAround(text: string, wordStart: number, wordEnd: number): Set<string> {
  const lineStart = text.lastIndexOf('\n', wordStart - 1) + 1;
  const nl = text.indexOf('\n', wordEnd);
  const lineEnd = nl === -1 ? text.length : nl;
  const open = text.lastIndexOf('[', wordStart - 1);
  if (open < lineStart || wordStart === 0) return new Set();
  const close = text.indexOf(']', wordEnd);
  const end = close === -1 || close > lineEnd ? lineEnd : close;
  const written = `${text.slice(open + 1, wordStart)},${text.slice(wordEnd, end)}`.replace(/\s+#.*$/, '');
  return new Set(written.split(',').map((w) => w.trim().replace(/^["']|["']$/g, '')).filter(Boolean));
}

/** `kind:` as written at the top of a YAML text being edited (the index may not know a new file yet). */
function declaredKind(text: string): Kind | undefined {
  const m = /^kind:[ \t]*["']?([\w-]+)/m.exec(text);
  return m && isKind(m[1]) && !isMarkdownKind(m[1]) ? m[1] : undefined;
}

const pad = (i: number) => String(i).padStart(5, '0');
