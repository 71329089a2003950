import type { Engagement, IdRef } from '../model/records';
import type { SourceFile } from '../parse/sourceFile';
import type { YamlPath } from '../parse/yamlSource';
import type { Position } from '../types';
import { yamlSite, type IdKind, type IdSite } from '../model/idSite';
import { knownRequirements, proseSitesOf } from '../model/proseMentions';

export type { IdKind, IdSite } from '../model/idSite';

/**
 * Every id of an engagement, defined and named, with exact ranges — the one model hover, definition,
 * references, rename, completion and code lenses query (as rust-analyzer answers every IDE feature from
 * one semantic model). Built in one linear pass over the typed records plus one over Markdown prose.
 */
export interface IdIndex {
  readonly engagement: Engagement;
  /** The engagement's files by path. */
  readonly files: ReadonlyMap<string, SourceFile>;
  /** Sites per file, in text order. */
  readonly byFile: ReadonlyMap<string, readonly IdSite[]>;
  /** Definitions by `symbolKey`. */
  readonly definitions: ReadonlyMap<string, readonly IdSite[]>;
  /** References by `symbolKey`. */
  readonly references: ReadonlyMap<string, readonly IdSite[]>;
}

/** The key of a symbol: its kind and id (a requirement and a stakeholder may share an id). */
export function symbolKey(kind: IdKind, id: string): string {
  return `${kind}\u0000${id}`;
}

// Sites depend only on their own file (and, for prose, on the requirement ids known), so a re-check that
// re-parsed one file re-indexes that file alone: SourceFile objects of unchanged files are reused (prose:
// model/proseMentions.ts caches likewise).
const YAML_SITES = new WeakMap<SourceFile, IdSite[]>();

/** Builds the index of an engagement. Never throws; sites whose text is not the id as written are left out. */
export function buildIdIndex(e: Engagement): IdIndex {
  const fresh = new Map<SourceFile, IdSite[]>();
  const site = (file: SourceFile, path: YamlPath, kind: IdKind, id: string | undefined, role: IdSite['role'], field: string) => {
    if (id === undefined || YAML_SITES.has(file)) return;
    const s = yamlSite(file, path, kind, id, role, field);
    if (s) push(fresh, file, s);
  };
  const def = (file: SourceFile, path: YamlPath, kind: IdKind, id: string | undefined, field: string) => site(file, path, kind, id, 'definition', field);
  const ref = (r: IdRef | undefined, kind: IdKind, field: string) => r && site(r.at.file, r.at.path, kind, r.id, 'reference', field);
  const refText = (file: SourceFile, path: YamlPath, kind: IdKind, id: string | undefined, field: string) => site(file, path, kind, id, 'reference', field);

  for (const p of e.people) def(p.at.file, [...p.at.path, 'id'], 'stakeholder', p.id, 'id');
  for (const r of e.requirements) {
    def(r.at.file, [...r.at.path, 'id'], 'requirement', r.id, 'id');
    r.source.forEach((s) => ref(s, 'stakeholder', 'source'));
  }
  for (const t of e.tenders) {
    for (const c of t.clauses) def(c.at.file, [...c.at.path, 'ref'], 'clause', c.ref, 'ref');
    for (const s of t.scoring) s.clauses.forEach((id, i) => refText(s.at.file, [...s.at.path, 'clauses', i], 'clause', id, 'clauses'));
  }
  for (const a of e.activities) a.with.forEach((w) => ref(w, 'stakeholder', 'with'));
  for (const doc of e.pricing) for (const l of doc.lines) l.req.forEach((r) => ref(r, 'requirement', 'req'));
  for (const d of e.deviations) {
    refText(d.at.file, [...d.at.path, 'ref'], 'clause', d.ref, 'ref');
    d.req.forEach((r) => ref(r, 'requirement', 'req'));
  }
  for (const c of e.controls) {
    refText(c.at.file, [...c.at.path, 'tender_ref'], 'clause', c.tenderRef, 'tender_ref');
    c.req.forEach((r) => ref(r, 'requirement', 'req'));
  }
  for (const f of e.interfaceForms) {
    f.contacts.forEach((c) => ref(c, 'stakeholder', 'contacts'));
    ref(f.qualification?.approver, 'stakeholder', 'approver');
    ref(f.qualification?.champion, 'stakeholder', 'champion');
  }
  // Deliverables' prose names requirements (`… (REQ-003)`); people and clause numbers are too ambiguous in running text.
  const known = knownRequirements(e);
  const sites: IdSite[] = [];
  for (const f of e.files) {
    if (f.format === 'yaml') {
      const list = YAML_SITES.get(f) ?? fresh.get(f) ?? [];
      YAML_SITES.set(f, list);
      sites.push(...list);
    } else if (f.kind !== undefined) sites.push(...proseSitesOf(f, known));
  }
  return indexOf(e, new Map(e.files.map((f) => [f.path, f])), sites);
}

/** An index over given sites (each from one of `files`). */
export function indexOf(engagement: Engagement, files: ReadonlyMap<string, SourceFile>, sites: readonly IdSite[]): IdIndex {
  const byFile = new Map<string, IdSite[]>();
  const definitions = new Map<string, IdSite[]>();
  const references = new Map<string, IdSite[]>();
  for (const s of sites) {
    push(byFile, s.file, s);
    push(s.role === 'definition' ? definitions : references, symbolKey(s.kind, s.id), s);
  }
  // byFile lists are built in file order from cached lists that are already in text order per file.
  for (const list of byFile.values()) list.sort((a, b) => a.start - b.start);
  for (const list of references.values()) list.sort(bySiteOrder);
  return { engagement, files, byFile, definitions, references };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** File, then text order. */
export function bySiteOrder(a: IdSite, b: IdSite): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start;
}

/** The site under a position (the cursor just after an id still counts), by binary search. */
export function siteAt(index: IdIndex, file: string, position: Position): IdSite | undefined {
  const list = index.byFile.get(file);
  if (!list?.length) return undefined;
  const f = index.files.get(file);
  if (!f) return undefined;
  const offset = f.lines.lineStart(position.line) + position.character;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const s = list[lo];
  return s.start <= offset && offset <= s.end && s.range.start.line === position.line ? s : undefined;
}

/** The definitions of a symbol (more than one when an id is defined twice). */
export function definitionsOf(index: IdIndex, kind: IdKind, id: string): readonly IdSite[] {
  return index.definitions.get(symbolKey(kind, id)) ?? [];
}

/** The references of a symbol, in file and text order. */
export function referencesOf(index: IdIndex, kind: IdKind, id: string): readonly IdSite[] {
  return index.references.get(symbolKey(kind, id)) ?? [];
}

/** Go to definition: the definitions of the id under the cursor. */
export function definitionAt(index: IdIndex, file: string, position: Position): readonly IdSite[] {
  const s = siteAt(index, file, position);
  return s ? definitionsOf(index, s.kind, s.id) : [];
}

/** Find all references: every site of the id under the cursor (definitions first when asked for). */
export function referencesAt(index: IdIndex, file: string, position: Position, includeDeclaration = true): IdSite[] {
  const s = siteAt(index, file, position);
  if (!s) return [];
  const refs = referencesOf(index, s.kind, s.id);
  return includeDeclaration ? [...definitionsOf(index, s.kind, s.id), ...refs] : [...refs];
}
