import type { FindingCollector } from '../findingCollector';
import { KIND_SPECS } from '../method/kinds';
import type { SourceFile } from '../parse/sourceFile';
import type { Localized, Range } from '../types';
import { headingMatches, normaliseHeading, sectionHeading } from './sectionMatch';

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
  const normalised = file.headings.map(normaliseHeading);
  const found = spec.sections.map((s) => file.headings.find((h, i) => headingMatches(h, s, normalised[i])));
  const title = file.headings.find((h) => h.level === 1);
  const range: Range = title ? file.lines.lineRange(title.line) : file.yaml ? file.yaml.rangeAt(['kind']) : file.lines.lineRange(0);
  spec.sections.forEach((section, i) => {
    if (found[i]) return;
    // Insert before the next required section that exists, else at the end: keeps A–H in order.
    const next = found.slice(i + 1).find((h) => h !== undefined);
    const heading = sectionHeading(section, lang);
    out.report(file.path, range, 'missing-section', MISSING, {
      params: { heading, kind: spec.label[lang] },
      data: { section: section.letter ?? section.title.en, heading, insertLine: next ? next.line : file.lines.lineCount, level: found.find((h) => h)?.level ?? 2 },
    });
  });
}
