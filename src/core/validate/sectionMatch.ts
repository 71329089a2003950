import type { SectionSpec } from '../method/kinds';
import type { Heading } from '../parse/markdownHeadings';
import type { Language } from '../types';

const norm = (s: string) => s.toLowerCase().replace(/[\s:：、.,，()（）\-—_*`#]+/g, '');

/**
 * A heading whose section letter stands alone: "A", "A.", "A：", "A、", "A)", "A - …", "Part A", "第A部分",
 * "A 用户现状" (Chinese follows), "D1". A letter followed by a space and a Latin word ("A New ERP…", "A note")
 * is an English article, not a section: such a heading counts only when it names the section's title.
 */
const LETTER = /^\s*(?:part\s+|section\s+|第)?([A-Za-z])(?:\s*$|\s*[.、:：)）\]\-—–|]|\d|\s*[\u3400-\u9fff])/iu;

const titleCache = new WeakMap<SectionSpec, [string, string]>();

/** The section's titles, normalised once per spec (this runs for every heading of every document). */
function normalisedTitles(spec: SectionSpec): [string, string] {
  let t = titleCache.get(spec);
  if (!t) titleCache.set(spec, (t = [norm(spec.title['zh-CN']), norm(spec.title.en)]));
  return t;
}

/** True when a heading is the section: it starts with the section's letter, or names its title in either language. */
export function headingMatches(heading: Heading, spec: SectionSpec, normalised = norm(heading.text)): boolean {
  if (spec.letter) {
    const m = LETTER.exec(heading.text);
    if (m && m[1].toUpperCase() === spec.letter) return true;
  }
  const [zh, en] = normalisedTitles(spec);
  return normalised.includes(zh) || normalised.includes(en);
}

/**
 * The first heading that is each section (`headingMatches`), in section order. Each heading's letter and
 * normalised text are read once, not once per section: a solution has dozens of headings and eight sections.
 */
export function findSections(headings: readonly Heading[], sections: readonly SectionSpec[]): (Heading | undefined)[] {
  const letters = headings.map((h) => LETTER.exec(h.text)?.[1].toUpperCase());
  const normalised = headings.map((h) => norm(h.text));
  return sections.map((spec) => {
    const [zh, en] = normalisedTitles(spec);
    const i = headings.findIndex((_, j) => (spec.letter !== undefined && letters[j] === spec.letter) || normalised[j].includes(zh) || normalised[j].includes(en));
    return i === -1 ? undefined : headings[i];
  });
}

/** The heading text the templates use for a section, in a language. */
export function sectionHeading(spec: SectionSpec, lang: Language): string {
  return spec.letter ? `${spec.letter} ${spec.title[lang]}` : spec.title[lang];
}
