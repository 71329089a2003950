import { CONCERN_VOCABULARY } from '../method/concernVocabulary';
import { CONCERNS, type ConcernId } from '../method/concerns';
import { findFrontMatter } from '../parse/frontMatter';
import { VisibleLineCursor } from '../text/customerVisibleText';
import { phraseIndex, type PhraseIndex } from '../text/phraseIndex';
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

interface ConcernPattern {
  id: ConcernId;
  /** This concern's bit in a line's candidate mask; `bit << TOPIC_SHIFT` stands for its topics. */
  bit: number;
  match: RegExp;
  exclude?: RegExp;
  topics: Set<string>;
}

const PATTERNS: readonly ConcernPattern[] = CONCERNS.map((c, i) => {
  const v = CONCERN_VOCABULARY[c.id];
  return { id: c.id, bit: 1 << i, match: phrasePattern([...v.zh, ...v.en]), exclude: v.exclude?.length ? phrasePattern(v.exclude) : undefined, topics: new Set(v.topics.map(topicKey)) };
});
const BY_ID = new Map(PATTERNS.map((p) => [p.id, p]));
const TOPIC_SHIFT = 16;
if (PATTERNS.length > TOPIC_SHIFT) throw new Error('concernAnswers: more concerns than candidate-mask bits');

/**
 * What may stand between two words of a phrase in the raw line: what is, or may normalise to,
 * `[\s-]` (a raw unit outside ASCII, CJK ideographs and the CJK and full-width punctuation that NFKC keeps
 * apart from spaces and hyphens); for a topic, what is or may normalise to one of topicKey's separators.
 * test/unit/rules/concernAnswers.test.ts checks the ranges left out.
 */
export const PHRASE_SEPARATOR = '(?:[\\s-]|[^\\x00-\\x7f\\u3001-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff01-\\uff0c\\uff0e-\\uff20])';
export const TOPIC_SEPARATOR = '(?:[\\s*_`:.,|]|[^\\x00-\\x7f\\u3400-\\u4dbf\\u4e00-\\u9fff])';

/**
 * Which lines may answer a concern, from their raw characters: a line holding none of a concern's phrases
 * cannot match its regex, and one holding none of its topics cannot name one of them (a topic is a whole
 * first cell or lead-in, so it stands in the line, at a word start when Latin).
 * Only candidate lines are normalised and matched.
 */
let index: PhraseIndex | undefined;
// Built on first use: its tables (two 256 kB arrays) are not worth building at activation.
const concernIndex = (): PhraseIndex => (index ??= phraseIndex(
  PATTERNS.flatMap((p) => {
    const v = CONCERN_VOCABULARY[p.id];
    return [
      { bit: p.bit, phrases: [...v.zh, ...v.en].map((s) => ({ words: s.normalize('NFKC').split(/[ -]+/), wordStart: LATIN.test(s), separator: PHRASE_SEPARATOR })) },
      { bit: p.bit << TOPIC_SHIFT, phrases: v.topics.map((s) => ({ words: topicKey(s).split(' '), wordStart: LATIN.test(s), separator: TOPIC_SEPARATOR })) },
    ];
  }),
));

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

/** True when the line's text (NFKC, after the concern's exclusions) holds one of its phrases. */
function holdsPhrase(p: ConcernPattern, normalized: string): boolean {
  const t = p.exclude ? normalized.replace(p.exclude, ' ') : normalized;
  p.match.lastIndex = 0;
  return p.match.test(t);
}

/** True when `text` speaks of the concern in either language (an unknown concern id is never answered). */
export function speaksOf(concern: string, text: string): boolean {
  const p = BY_ID.get(concern as ConcernId);
  if (!p) return false;
  const topic = topicOf(text);
  return (topic !== undefined && p.topics.has(topic)) || holdsPhrase(p, text.normalize('NFKC'));
}

/**
 * The first customer-visible line of each document that answers each concern (comments, code fences,
 * front matter and headings are not answers); a line answers when `speaksOf` it. Documents are read in the
 * given order, each line once and only until every concern looked for is answered. A line is normalised and
 * matched only for the concerns it may answer: the phrase index says which from its raw characters (a line
 * it cannot rule out, e.g. one with full-width letters or a comment, is matched for all), and only a line
 * with a table bar or bold marker can name a topic. With `only`, just those concerns are looked for (the
 * others are absent from the result).
 */
export function concernAnswers(docs: readonly AnswerSource[], only?: ReadonlySet<ConcernId>): Map<ConcernId, ConcernAnswer> {
  const found = new Map<ConcernId, ConcernAnswer>();
  let open = 0;
  for (const p of PATTERNS) if (!only || only.has(p.id)) open |= p.bit;
  for (const doc of docs) {
    if (open === 0) break;
    const candidates = concernIndex();
    const cursor = new VisibleLineCursor(doc.text, doc.bodyStart, doc.bodyLine);
    while (open !== 0 && cursor.next()) {
      // A comment-touched line reads differently from its raw characters: it is a candidate for everything.
      const scan = cursor.plain ? candidates.scan(doc.text, cursor.start, cursor.end, open | (open << TOPIC_SHIFT)) : undefined;
      const mask = scan && !scan.unsure ? scan.mask : -1;
      const phrases = mask & open;
      const topics = (mask >>> TOPIC_SHIFT) & open;
      if (phrases === 0 && topics === 0) continue;
      const text = cursor.text();
      const topic = topics === 0 ? undefined : topicOf(text);
      let normalized: string | undefined;
      for (const p of PATTERNS) {
        if ((open & p.bit) === 0) continue;
        const byTopic = topic !== undefined && (topics & p.bit) !== 0 && p.topics.has(topic);
        if (!byTopic && (phrases & p.bit) === 0) continue;
        if (byTopic || holdsPhrase(p, (normalized ??= text.normalize('NFKC')))) {
          found.set(p.id, { file: doc.path, line: cursor.line });
          open &= ~p.bit;
        }
      }
    }
  }
  // Keep the result in concern order, as it always was.
  return new Map(PATTERNS.filter((p) => found.has(p.id)).map((p) => [p.id, found.get(p.id)!]));
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
