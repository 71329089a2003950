/**
 * A prefilter for phrase regexes run line by line: from a line's raw characters, which groups of phrases it
 * may hold. Where the first two units of a phrase stand in the line, the whole phrase is checked there (its
 * words in order, ASCII letters in either case, separators as the caller says). A line that holds no phrase
 * of a group cannot match that group's regex, so the caller skips the (NFKC-normalising, case-insensitive)
 * regex for it. One table lookup per unit and no allocation, so a long document costs little.
 *
 * The regexes match the line after NFKC. A raw unit that NFKC or case folding could turn into (or out of) a
 * character of a phrase word — full-width letters, ligatures, compatibility ideographs, combining marks that
 * compose, astral characters — makes the line `unsure`: the caller matches it for every group. Other units
 * (full-width punctuation such as ，（）) normalise to characters no word holds, so they change nothing here.
 */
export interface PhraseIndex {
  /**
   * Scans `text[start, end)` (one line, no line break inside) for the groups in `want`; stops early once
   * all are seen. A phrase must open in the range; its check may read on past `end` (that can only add a
   * candidate, never lose one). The result object is reused by the next call.
   */
  scan(text: string, start: number, end: number, want: number): PhraseScan;
}

/** What one line may hold. */
export interface PhraseScan {
  /** The bits (of those wanted) of the groups whose phrases the line may hold. */
  mask: number;
  /** True when the raw characters cannot rule any group out (see `PhraseIndex`). */
  unsure: boolean;
}

/** A phrase as the index sees it: its words and what may stand between them. */
export interface PhraseWords {
  /** Its words, as the regex sees them after NFKC (matched here with ASCII letters in either case). */
  words: readonly string[];
  /** True when the phrase matches only at a word start (no ASCII letter or digit before it). */
  wordStart: boolean;
  /** A regex for one unit that may stand between two words (one or more of them do). */
  separator?: string;
}

/** One group of phrases (one concern, or its topics) and its bit. */
export interface PhraseGroup {
  bit: number;
  phrases: readonly PhraseWords[];
}

const TABLE_SIZE = 1 << 16;
const hash2 = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & (TABLE_SIZE - 1);
/** An ASCII letter or digit, in either case (the lookbehind the Latin phrases have). */
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
/** Combining marks and Hangul vowel/final jamo: they compose with the character before under NFKC. */
const COMPOSES = /[\p{M}\u1160-\u11ff]/u;
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** True when `word` (lower case) stands at `at`, ASCII letters in either case. */
function wordAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}
const escapeClass = (ch: string) => (/[\\\]^-]/.test(ch) ? `\\${ch}` : ch);
// Per UTF-16 unit, `info` holds the bits of the groups with a phrase that starts with it, plus two flags.
/** The unit is not classified yet (see `classify`). */
const UNKNOWN = 1 << 30;
/** The unit makes a line unsure (the sign bit, so `info < 0` tests it). */
const UNSURE = 1 << 31;
const FLAGS = UNKNOWN | UNSURE;
const MAX_BITS = 30;

/** One phrase: its first word (lower case), its group's bit, and the check of what follows the word. */
interface Entry {
  word: string;
  wordStart: boolean;
  bit: number;
  /** Separators and the later words, tried right after the first word; none for a one-word phrase. */
  rest: RegExp | undefined;
}

/** Builds the index of the groups' phrases (group bits must lie below bit 30). */
export function phraseIndex(groups: readonly PhraseGroup[]): PhraseIndex {
  const info = new Int32Array(TABLE_SIZE);
  const pair = new Int32Array(TABLE_SIZE);
  // The same for phrases that may open after a letter or digit (not only at a word start).
  const pairAnywhere = new Int32Array(TABLE_SIZE);
  // Per hash of a phrase's first two units, its entries: the first word compared unit by unit (no regex).
  const pairs = new Map<number, Entry[]>();
  let always = 0;
  const chars = new Set<string>();
  for (const g of groups) {
    if (g.bit >>> MAX_BITS !== 0) throw new Error(`phraseIndex: group bit ${g.bit} is above bit ${MAX_BITS - 1}`);
    for (const o of g.phrases) {
      const word = o.words[0].toLowerCase();
      const all = [...o.words.join('').toLowerCase()];
      // A phrase the scan does not index (opening under two units, an astral unit) keeps its group always in.
      if (word.length < 2 || all.some((u) => u.length !== 1) || (o.words.length > 1 && o.separator === undefined)) {
        always |= g.bit;
        continue;
      }
      for (const u of all) chars.add(u);
      const a = word.charCodeAt(0);
      const key = hash2(a, word.charCodeAt(1));
      const rest = o.words.length > 1 ? new RegExp(o.words.slice(1).map((w) => `${o.separator}+${escapeRegex(w)}`).join(''), 'iy') : undefined;
      info[a] |= g.bit;
      pair[key] |= g.bit;
      if (!o.wordStart) pairAnywhere[key] |= g.bit;
      pairs.set(key, [...(pairs.get(key) ?? []), { word, wordStart: o.wordStart, bit: g.bit, rest }]);
    }
  }
  // The phrase words' characters, case-insensitively (so K and ſ, which fold to k and s, count too).
  const relevant = new RegExp(`[${[...chars].map(escapeClass).join('')}]`, 'iu');
  for (let c = 0x80; c < TABLE_SIZE; c++) info[c] |= c >= 0xd800 && c <= 0xdfff ? UNSURE : UNKNOWN;
  // Upper-case ASCII letters open what their lower case opens (units are folded only where a pair is looked up).
  for (let c = 65; c <= 90; c++) info[c] = info[c + 32];
  const classify = (code: number): number => {
    const ch = String.fromCharCode(code);
    if (COMPOSES.test(ch)) return UNSURE;
    const n = ch.normalize('NFKC');
    if (n !== ch && (relevant.test(ch) || relevant.test(n))) return UNSURE;
    // A character that matches a word character only by case folding is not indexed as that character.
    return relevant.test(ch) && !chars.has(ch) ? UNSURE : 0;
  };
  const out: PhraseScan = { mask: 0, unsure: false };
  /** The bits of the entries at `key` whose phrase starts at `at` (after `before`) and that `need` holds. */
  const check = (text: string, key: number, at: number, before: number, need: number): number => {
    let found = 0;
    for (const e of pairs.get(key) ?? []) {
      if ((need & e.bit) === 0 || (found & e.bit) !== 0 || (e.wordStart && isAlnum(before)) || !wordAt(text, at, e.word)) continue;
      if (e.rest) {
        e.rest.lastIndex = at + e.word.length;
        if (!e.rest.test(text)) continue;
      }
      found |= e.bit;
    }
    return found;
  };
  return {
    scan(text, start, end, want) {
      let mask = always & want;
      let need = want & ~mask;
      // `open`: the bits a phrase starting at the previous unit could have (its folded code in `p1`, the unit
      // before it in `before`); only then is the pair looked up, so most units cost one table load.
      let open = 0;
      let p1 = -1;
      let before = -1;
      let prev = -1;
      for (let i = start; i < end && need !== 0; i++) {
        const c = text.charCodeAt(i);
        let x = info[c];
        if ((x & FLAGS) !== 0) {
          if ((x & UNKNOWN) !== 0) x = info[c] = (x & ~UNKNOWN) | classify(c);
          if (x < 0) {
            // Nothing is ruled out, so the rest of the line need not be read.
            out.mask = want;
            out.unsure = true;
            return out;
          }
        }
        if (open !== 0) {
          const key = hash2(p1, fold(c));
          // Inside a word only phrases that may start anywhere count (most Latin pairs stop here).
          if (((isAlnum(before) ? pairAnywhere : pair)[key] & open) !== 0) {
            mask |= check(text, key, i - 1, before, need);
            need = want & ~mask;
          }
        }
        open = x & need;
        if (open !== 0) {
          p1 = fold(c);
          before = prev;
        }
        prev = c;
      }
      out.mask = mask;
      out.unsure = false;
      return out;
    },
  };
}
