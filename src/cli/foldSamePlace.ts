import type { Finding, Language } from '../core';

/** One text line of `presales check`: the first finding at a place and every message printed there. */
export interface PlaceLine {
  finding: Finding;
  messages: string[];
}

/**
 * Groups findings that share file, start, code and severity, in first-seen order (linear, one Map).
 * Why: VS Code's task problem collector keeps one marker per owner, file, code, severity and range without the
 * message (IMarkerData.makeKeyOptionalMessage(…, false); the matcher reads no end, so the range is the start), so
 * two such lines would show as one problem; one line carrying both messages loses nothing.
 */
export function foldSamePlace(findings: readonly Finding[]): PlaceLine[] {
  const byPlace = new Map<string, PlaceLine>();
  for (const f of findings) {
    const key = JSON.stringify([f.file, f.range.start.line, f.range.start.character, f.code, f.severity]);
    const line = byPlace.get(key);
    if (line) line.messages.push(f.message);
    else byPlace.set(key, { finding: f, messages: [f.message] });
  }
  return [...byPlace.values()];
}

/**
 * The messages of one place as one message, punctuated as the engagement's language reads: Chinese clauses are
 * joined by 「；」 (a sentence's closing 「。」 becomes the semicolon), English sentences follow each other after a
 * space, and a message without a closing full stop is followed by "; ".
 */
export function joinMessages(messages: readonly string[], lang: Language): string {
  let out = '';
  messages.forEach((m, i) => {
    if (i === 0) out = m;
    else if (lang === 'zh-CN') out = `${out.endsWith('。') ? out.slice(0, -1) : out}；${m}`;
    else out = `${out}${/[.!?]$/.test(out) ? ' ' : '; '}${m}`;
  });
  return out;
}
