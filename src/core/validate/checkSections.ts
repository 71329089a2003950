import type { FindingCollector } from '../findingCollector';
import { KIND_SPECS } from '../method/kinds';
import type { SourceFile } from '../parse/sourceFile';
import type { Localized, Range } from '../types';
import { findSections, sectionHeading } from './sectionMatch';

const MISSING: Localized = {
  en: 'The {kind} lacks its required section "{heading}". Add it as a heading (its letter or its title is enough).',
  'zh-CN': '{kind}缺少必备章节「{heading}」。请以标题补上（写字母或章节名均可）。',
};

/** `missing-section`: every required heading of a Markdown deliverable, in either language. */
export function checkSections(file: SourceFile, out: FindingCollector): void {
  if (!file.kind) return;
  const spec = KIND_SPECS[file.kind];
  if (spec.sections.length === 0) return;
  const lang = out.language;
  const found = findSections(file.headings, spec.sections);
  if (found.every((h) => h !== undefined)) return;
  const title = file.headings.find((h) => h.level === 1);
  const fallback: Range = title ? file.lines.lineRange(title.line) : file.yaml ? file.yaml.rangeAt(['kind']) : file.lines.lineRange(0);
  const bodyStart = bodyStartLine(file);
  spec.sections.forEach((section, i) => {
    if (found[i]) return;
    // Insert before the next required section that exists, else at the end: keeps A–H in order.
    const next = found.slice(i + 1).find((h) => h !== undefined);
    const insertLine = next ? next.line : file.lines.lineCount;
    const heading = sectionHeading(section, lang);
    out.report(file.path, placeOf(file, insertLine, bodyStart) ?? fallback, 'missing-section', MISSING, {
      params: { heading, kind: spec.label[lang] },
      data: { section: section.letter ?? section.title.en, heading, insertLine, level: found.find((h) => h)?.level ?? 2 },
    });
  });
}

/**
 * Where a missing section is reported: the last written line before the place it belongs (the end of the
 * section it should follow, or of the document), so the squiggle sits where the quick fix inserts the
 * heading, right after it. Undefined when the body has nothing before that place (then: the title).
 */
function placeOf(file: SourceFile, insertLine: number, bodyStart: number): Range | undefined {
  for (let line = Math.min(insertLine, file.lines.lineCount) - 1; line >= bodyStart; line--) {
    const start = file.lines.lineStart(line);
    const end = file.lines.lineEnd(line);
    const text = file.text.slice(start, end);
    if (text.trim() === '') continue;
    const lead = text.length - text.trimStart().length;
    return file.lines.rangeOf(start + lead, start + text.trimEnd().length);
  }
  return undefined;
}

/** First line after the front matter (0 when there is none). */
function bodyStartLine(file: SourceFile): number {
  if (!/^---[ \t]*\r?\n/.test(file.text)) return 0;
  for (let line = 1; line < file.lines.lineCount; line++) {
    const text = file.text.slice(file.lines.lineStart(line), file.lines.lineEnd(line)).trimEnd();
    if (text === '---' || text === '...') return line + 1;
  }
  return 0;
}
