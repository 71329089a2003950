import { fill, wrap } from './textWrap';

/** Width of the status report: an 80-column terminal. */
export const WIDTH = 80;
/** Indent of a section's body. */
export const INDENT = '  ';

/** A titled block: the title on its own line, then each body entry (prose, or unbreakable tokens) wrapped and indented. */
export function section(title: string, body: (string | string[])[]): string[] {
  const out = [`${title}:`];
  for (const b of body) out.push(...(Array.isArray(b) ? fill(b, WIDTH, INDENT) : wrap(b, WIDTH, INDENT, INDENT + '  ')));
  return out;
}
