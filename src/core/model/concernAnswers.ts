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

/**
 * The first customer-visible line of each document that answers each concern (comments, code fences,
 * front matter and headings are not answers). Documents are read in the given order; one pass over
 * their lines per concern.
 */
export function concernAnswers(docs: readonly AnswerSource[]): Map<ConcernId, ConcernAnswer> {
  const found = new Map<ConcernId, ConcernAnswer>();
  for (const doc of docs) {
    let open = CONCERNS.filter((c) => !found.has(c.id));
    if (open.length === 0) break;
    // One pass over the lines, each normalised once for every concern still unanswered (a 2,000-line
    // solution was normalised once per concern: 8×).
    for (const l of customerVisibleLines(doc.text.slice(doc.bodyStart), doc.bodyLine)) {
      const line = prepare(l.text);
      for (const c of open) if (speaksOfPrepared(c.id, line)) found.set(c.id, { file: doc.path, line: l.line });
      open = open.filter((c) => !found.has(c.id));
      if (open.length === 0) break;
    }
  }
  return found;
}

/** Where the engagement's `solution` documents answer each concern (none answered without a solution). */
export function solutionConcernAnswers(e: Engagement): Map<ConcernId, ConcernAnswer> {
  return concernAnswers(
    e.deliverables
      .filter((d) => d.kind === 'solution')
      .map((d) => {
        const fm = findFrontMatter(d.file.text);
        const body = fm && fm !== 'unclosed' ? { bodyStart: fm.bodyStart, bodyLine: fm.bodyLine } : { bodyStart: 0, bodyLine: 0 };
        return { path: d.file.path, text: d.file.text, ...body };
      }),
  );
}
