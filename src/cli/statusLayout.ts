import { fill, wrap } from './textWrap';

/** Width of the status report: an 80-column terminal. */
export const WIDTH = 80;
/** Indent of a section's body. */
export const INDENT = '  ';

/** A title with its colon: full-width after a Chinese title (zh-CN prose punctuation), `:` otherwise. */
export function titled(title: string): string {
  return /[\u3400-\u9fff]/u.test(title) ? `${title}：` : `${title}:`;
}

/** A parenthesised note after a label (a count, a name): `错误（3）` in Chinese, `error (3)` otherwise. */
export function counted(label: string, note: number | string): string {
  return /[\u3400-\u9fff]/u.test(label) ? `${label}（${note}）` : `${label} (${note})`;
}

/** A titled block: the title on its own line, then each body entry (prose, or unbreakable tokens) wrapped and indented. */
export function section(title: string, body: (string | string[])[]): string[] {
  const out = [titled(title)];
  for (const b of body) out.push(...(Array.isArray(b) ? fill(b, WIDTH, INDENT) : wrap(b, WIDTH, INDENT, INDENT + '  ')));
  return out;
}
