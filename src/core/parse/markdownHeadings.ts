import MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type Token from 'markdown-it/lib/token.mjs';

/** A Markdown heading with the zero-based line it stands on. */
export interface Heading {
  level: number;
  text: string;
  line: number;
}

/** Tokens kept before they are harvested and dropped (a few hundred kB at most). */
export const DRAIN_TOKENS = 3000;

/** What one parse collects; markdown-it hands `env` to every rule. */
interface HeadingEnv {
  headings: Heading[];
  lineOffset: number;
  drainAt: number;
  /** How many times the token array was drained (tests read it). */
  drains: number;
}

// Block parsing only: headings need no inline pass, which is most of markdown-it's time.
const md = new MarkdownIt('commonmark');
md.core.ruler.disable(['inline', 'text_join']);
// Tried first at the start of every block, where every earlier token is complete: the headings are taken out
// and the tokens dropped. A 4 MB file of `#` lines is two million headings: kept whole, markdown-it's tokens
// took 1.8 GB. Inside lists and quotes too: a 4 MB top-level list of one-line items is one block of five
// million tokens (1 GB, 17 s); the only rule that looks back at earlier tokens there, the list's tight-paragraph
// marking, sets `hidden`, which no heading reads.
md.block.ruler.before('table', 'harvest_headings', (state: StateBlock, _start: number, _end: number, silent: boolean) => {
  const env = state.env as HeadingEnv;
  if (!silent && state.tokens.length >= env.drainAt) {
    harvest(state.tokens, env);
    state.tokens.length = 0;
    env.drains++;
  }
  return false;
});

/**
 * Headings of a Markdown body; `lineOffset` is the body's first line in the file. Memory stays bounded
 * by the largest top-level block, not by the file.
 */
export function markdownHeadings(body: string, lineOffset: number): Heading[] {
  return markdownHeadingsCounted(body, lineOffset).headings;
}

/** `markdownHeadings` with the number of drains, for tests that prove the token array stayed small. */
export function markdownHeadingsCounted(body: string, lineOffset: number, drainAt = DRAIN_TOKENS): { headings: Heading[]; drains: number } {
  const env: HeadingEnv = { headings: [], lineOffset, drainAt, drains: 0 };
  harvest(md.parse(body, env), env);
  return { headings: env.headings, drains: env.drains };
}

function harvest(tokens: Token[], env: HeadingEnv): void {
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.type !== 'heading_open' || !tok.map) continue;
    const inline = tokens[i + 1];
    env.headings.push({ level: Number(tok.tag.slice(1)), text: detach((inline?.content ?? '').replace(/\s+/g, ' ').trim()), line: tok.map[0] + env.lineOffset });
  }
}

/**
 * A copy of a string that does not share memory with the body it was cut from. V8 keeps a substring as a
 * view of its parent, and markdown-it's parent is its own normalized copy of the whole body: without this,
 * every parsed document kept a second full copy of itself alive for its headings (~40 MB at 300 engagements).
 */
function detach(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
