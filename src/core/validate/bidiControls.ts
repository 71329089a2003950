import type { FindingCollector } from '../findingCollector';
import type { SourceFile } from '../parse/sourceFile';
import type { Localized } from '../types';

/** Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible, they reorder text. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
const ANY_BIDI = new RegExp(BIDI.source);
const NAMES: Record<string, string> = {
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};
const MESSAGE: Localized = {
  en: 'An invisible bidirectional control character {code} ({name}) is here: it can make the text display in another order than it is read, by people and by the product (Trojan Source). Delete it unless the text really needs it.',
  'zh-CN': '此处有一个不可见的双向文本控制字符 {code}（{name}）：它会使文字的显示顺序与人和本产品实际读取的顺序不同（Trojan Source 攻击）。除非确有需要，请删除。',
};

/**
 * `bidi-control`: every bidi override, embedding or isolate character in an engagement file, at the exact
 * character. One linear scan of the text; the flood cap bounds what a file full of them yields.
 */
export function reportBidiControls(file: SourceFile, out: FindingCollector): void {
  // Almost no file holds one: one test on the stateless regex (matchAll clones its regex every call).
  if (!ANY_BIDI.test(file.text)) return;
  for (const m of file.text.matchAll(BIDI)) {
    const c = m[0];
    const code = `U+${c.charCodeAt(0).toString(16).toUpperCase()}`;
    out.report(file.path, file.lines.rangeOf(m.index, m.index + 1), 'bidi-control', MESSAGE, { severity: 'warning', params: { code, name: NAMES[c] }, data: { char: code } });
  }
}
