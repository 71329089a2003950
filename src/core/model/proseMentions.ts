import { findFrontMatter } from '../parse/frontMatter';
import type { SourceFile } from '../parse/sourceFile';
import { VisibleLineCursor } from '../text/customerVisibleText';
import type { IdKind, IdSite } from './idSite';
import type { Engagement } from './records';

// An id-shaped word; a trailing `.`, `_` or `-` is sentence punctuation, not part of the id ("… REQ-003.").
const WORD = /[A-Za-z0-9][A-Za-z0-9_.-]*/g;

/**
 * Mentions of known ids in the customer-visible prose of a Markdown file (front matter, comments, code
 * and headings left out), each with its exact range. One pass over the body; `known` maps id → kind.
 */
export function proseMentions(file: SourceFile, known: ReadonlyMap<string, IdKind>): IdSite[] {
  if (file.format !== 'markdown' || known.size === 0) return [];
  const fm = findFrontMatter(file.text);
  const bodyStart = fm && fm !== 'unclosed' ? fm.bodyStart : 0;
  const out: IdSite[] = [];
  const mayHold = prefilter(known, file.text, bodyStart);
  const cursor = new VisibleLineCursor(file.text, bodyStart, fm && fm !== 'unclosed' ? fm.bodyLine : 0);
  // An id in visible text stands whole in the raw text too (a comment leaves a space), so once no id prefix
  // occurs further on, no later line can name one: the walk stops there (ids are usually near the top).
  while (!mayHold.exhausted() && cursor.next()) {
    // A plain line is its raw slice: where no id prefix occurs in the raw text, it is skipped unread.
    if (cursor.plain ? !mayHold.inRange(cursor.start, cursor.end) : !mayHold.inText(cursor.text())) continue;
    // Comments inside a line are blanked in the visible text; only words the customer sees there count.
    const seen = new Set(words(cursor.text(), known).map((w) => w.id));
    if (seen.size === 0) continue;
    const lineStart = file.lines.lineStart(cursor.line);
    const raw = file.text.slice(lineStart, file.lines.lineEnd(cursor.line));
    for (const w of words(raw, known)) {
      if (!seen.has(w.id)) continue;
      const start = lineStart + w.at;
      const end = start + w.id.length;
      out.push({ kind: known.get(w.id)!, id: w.id, role: 'reference', file: file.path, range: file.lines.rangeOf(start, end), start, end, field: 'prose' });
    }
  }
  return out;
}

// Mentions depend only on their file and on the requirement ids known: an unchanged SourceFile is not re-read.
const PROSE_SITES = new WeakMap<SourceFile, { known: string; sites: IdSite[] }>();

/** The requirement ids prose may name, with a key that changes when the set does. */
export function knownRequirements(e: Engagement): { ids: ReadonlyMap<string, IdKind>; key: string } {
  const ids = new Map<string, IdKind>();
  for (const r of e.requirements) if (r.id) ids.set(r.id, 'requirement');
  return { ids, key: [...ids.keys()].join('\n') };
}

/**
 * The prose mentions of a Markdown file, cached while the set of requirement ids stays the same. Shared by
 * traceability (model) and the language features (language/idIndex.ts), so both read prose the same way.
 */
export function proseSitesOf(f: SourceFile, known: { ids: ReadonlyMap<string, IdKind>; key: string }): IdSite[] {
  const hit = PROSE_SITES.get(f);
  if (hit?.known === known.key) return hit.sites;
  const sites = proseMentions(f, known.ids);
  PROSE_SITES.set(f, { known: known.key, sites });
  return sites;
}

/**
 * A cheap test that a line may name a known id: it holds the first three characters of one (ids share a few
 * prefixes, `REQ` usually), so most prose lines are skipped without tokenizing them. `inRange` asks about a
 * slice of the text itself: the prefixes' places are found once, in one forward walk per prefix; `exhausted`
 * says no prefix occurs any more.
 */
function prefilter(
  known: ReadonlyMap<string, IdKind>,
  text: string,
  from: number,
): { inText: (line: string) => boolean; inRange: (start: number, end: number) => boolean; exhausted: () => boolean } {
  const prefixes = new Set<string>();
  for (const id of known.keys()) prefixes.add(id.slice(0, 3));
  if (prefixes.size > 32) return { inText: () => true, inRange: () => true, exhausted: () => false };
  const list = [...prefixes];
  // The next place of each prefix at or after the last range asked about (ranges come in text order).
  const next = list.map((p) => text.indexOf(p, from));
  return {
    exhausted: () => next.every((n) => n === -1),
    inText: (line) => list.some((p) => line.includes(p)),
    inRange: (start, end) => {
      let hit = false;
      for (let i = 0; i < list.length; i++) {
        if (next[i] !== -1 && next[i] < start) next[i] = text.indexOf(list[i], start);
        if (next[i] !== -1 && next[i] + list[i].length <= end) hit = true;
      }
      return hit;
    },
  };
}

function words(line: string, known: ReadonlyMap<string, IdKind>): { id: string; at: number }[] {
  const out: { id: string; at: number }[] = [];
  for (const m of line.matchAll(WORD)) {
    let id = m[0];
    while (!known.has(id) && /[._-]$/.test(id)) id = id.slice(0, -1);
    if (known.has(id)) out.push({ id, at: m.index });
  }
  return out;
}
