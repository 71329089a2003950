import { CONCERN_VOCABULARY } from '../method/concernVocabulary';
import { CONCERNS, type ConcernId } from '../method/concerns';
import { findFrontMatter } from '../parse/frontMatter';
import { customerVisibleLines } from '../text/customerVisibleText';
import type { Engagement } from './records';

/** Where a concern is answered: the file and the zero-based line of the first passage that speaks of it. */
export interface ConcernAnswer {
  file: string;
  line: number;
}

/** A Markdown document to read for answers: its path, its text and where its body starts. */
export interface AnswerSource {
  path: string;
  text: string;
  /** Offset and zero-based line of the body (after the front matter); 0 without one. */
  bodyStart: number;
  bodyLine: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[\\s-]+');
const LATIN = /^[\x20-\x7e]+$/;

/** One regex per phrase list: Latin phrases as whole words (with plural/-ed/-ing), CJK phrases anywhere. */
function phrasePattern(phrases: readonly string[]): RegExp {
  const alts = phrases.map((p) => {
    const body = escape(p.normalize('NFKC'));
    return LATIN.test(p) ? `(?<![A-Za-z0-9])${body}(?:s|es|ed|ing)?(?![A-Za-z0-9])` : body;
  });
  return new RegExp(alts.join('|'), 'giu');
}

const topicKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s*_`:：.。、,，|]+/g, ' ').trim();

const PATTERNS = new Map<string, { match: RegExp; exclude?: RegExp; topics: Set<string> }>(
  CONCERNS.map((c) => {
    const v = CONCERN_VOCABULARY[c.id];
    return [c.id, { match: phrasePattern([...v.zh, ...v.en]), exclude: v.exclude?.length ? phrasePattern(v.exclude) : undefined, topics: new Set(v.topics.map(topicKey)) }];
  }),
);

/** A table row's first cell (`| 价格 | …`), or a bold lead-in (`- **Price**: …`), with text after it. */
const TABLE_TOPIC = /^\s*\|([^|]+)\|\s*[^|\s-]/;
const BOLD_TOPIC = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)([^*_]+)(?:\*\*|__)\s*[:：—-]?\s*\S/;

/** The topic a line names for itself, normalised; undefined for plain prose. */
function topicOf(text: string): string | undefined {
  // Most prose lines have neither a table bar nor bold markers: skip both regexes for them.
  if (!text.includes('|') && !text.includes('**') && !text.includes('__')) return undefined;
  const m = TABLE_TOPIC.exec(text) ?? BOLD_TOPIC.exec(text);
  return m ? topicKey(m[1]) : undefined;
}

/** A line prepared once for all eight concerns: its own topic and its NFKC text. */
interface PreparedLine {
  topic: string | undefined;
  normalized: string;
}

function prepare(text: string): PreparedLine {
  return { topic: topicOf(text), normalized: text.normalize('NFKC') };
}

/** True when `text` speaks of the concern in either language (an unknown concern id is never answered). */
export function speaksOf(concern: string, text: string): boolean {
  return speaksOfPrepared(concern, prepare(text));
}

function speaksOfPrepared(concern: string, line: PreparedLine): boolean {
  const p = PATTERNS.get(concern);
  if (!p) return false;
  if (line.topic !== undefined && p.topics.has(line.topic)) return true;
  const t = p.exclude ? line.normalized.replace(p.exclude, ' ') : line.normalized;
  p.match.lastIndex = 0;
  return p.match.test(t);
}

/** Joins a document's prepared lines: NUL never occurs in a phrase or `[\\s-]+`, so no match spans two lines. */
const SEP = '\u0000';

/** The index of the line holding `offset` in text joined with SEP (lines counted by SEP before it). */
function lineAt(joined: string, offset: number): number {
  let n = 0;
  for (let i = joined.indexOf(SEP); i !== -1 && i < offset; i = joined.indexOf(SEP, i + 1)) n++;
  return n;
}

/** How many SEP characters `text` holds. */
function countSeparators(text: string): number {
  let n = 0;
  for (let i = text.indexOf(SEP); i !== -1; i = text.indexOf(SEP, i + 1)) n++;
  return n;
}

/** Index of the first line whose text (after the concern's exclusions) speaks of it, or -1. */
function firstPhraseLine(joined: string, p: { match: RegExp; exclude?: RegExp }): number {
  const t = p.exclude ? joined.replace(p.exclude, ' ') : joined;
  p.match.lastIndex = 0;
  const m = p.match.exec(t);
  return m ? lineAt(t, m.index) : -1;
}

/** The earlier of two line indexes where -1 means "none". */
const firstOf = (a: number, b: number) => (a === -1 ? b : b === -1 ? a : Math.min(a, b));

/**
 * The first customer-visible line of each document that answers each concern (comments, code fences,
 * front matter and headings are not answers). Documents are read in the given order. Each line is
 * normalised once, then each concern's regex runs once over the document's joined lines (per-line
 * matching cost a regex call per line per concern: 16,000 calls on a 2,000-line solution per keystroke).
 * With `only`, just those concerns are looked for (the others are absent from the result).
 */
export function concernAnswers(docs: readonly AnswerSource[], only?: ReadonlySet<ConcernId>): Map<ConcernId, ConcernAnswer> {
  const found = new Map<ConcernId, ConcernAnswer>();
  for (const doc of docs) {
    const open = CONCERNS.filter((c) => !found.has(c.id) && (!only || only.has(c.id)));
    if (open.length === 0) break;
    const visible = customerVisibleLines(doc.text.slice(doc.bodyStart), doc.bodyLine);
    const topics = visible.map((l) => topicOf(l.text));
    // NFKC never composes across a NUL (a starter nothing composes with): normalising the joined text
    // once equals joining the lines normalised one by one.
    const joined = visible.map((l) => l.text).join(SEP).normalize('NFKC');
    // A NUL inside a line would miscount lines: such a (binary-looking) document is read line by line.
    const clean = visible.length === 0 || countSeparators(joined) === visible.length - 1;
    const prepared = clean ? [] : visible.map((l) => prepare(l.text));
    for (const c of open) {
      const p = PATTERNS.get(c.id);
      if (!p) continue;
      const byTopic = topics.findIndex((t) => t !== undefined && p.topics.has(t));
      const first = clean ? firstOf(byTopic, byTopic === 0 ? -1 : firstPhraseLine(joined, p)) : prepared.findIndex((l) => speaksOfPrepared(c.id, l));
      if (first !== -1) found.set(c.id, { file: doc.path, line: visible[first].line });
    }
  }
  return found;
}

/**
 * Where the engagement's `solution` documents answer each concern (none answered without a solution);
 * with `only`, just those concerns are looked for.
 */
export function solutionConcernAnswers(e: Engagement, only?: ReadonlySet<ConcernId>): Map<ConcernId, ConcernAnswer> {
  if (only?.size === 0) return new Map();
  return concernAnswers(
    e.deliverables
      .filter((d) => d.kind === 'solution')
      .map((d) => {
        const fm = findFrontMatter(d.file.text);
        const body = fm && fm !== 'unclosed' ? { bodyStart: fm.bodyStart, bodyLine: fm.bodyLine } : { bodyStart: 0, bodyLine: 0 };
        return { path: d.file.path, text: d.file.text, ...body };
      }),
    only,
  );
}
