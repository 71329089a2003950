import type { SectionSpec } from '../method/kinds';
import type { Heading } from '../parse/markdownHeadings';
import type { Language } from '../types';

const norm = (s: string) => s.toLowerCase().replace(/[\s:：、.,，()（）\-—_*`#]+/g, '');

/** True when a heading is the section: it starts with the section's letter, or names its title in either language. */
export function headingMatches(heading: Heading, spec: SectionSpec): boolean {
  if (spec.letter) {
    const m = /^\s*(?:part\s+|section\s+|第)?([A-Za-z])(?:$|[\s.、:：)）\]\-—]|\d)/i.exec(heading.text);
    if (m && m[1].toUpperCase() === spec.letter) return true;
  }
  const text = norm(heading.text);
  return text.includes(norm(spec.title['zh-CN'])) || text.includes(norm(spec.title.en));
}

/** The heading text the templates use for a section, in a language. */
export function sectionHeading(spec: SectionSpec, lang: Language): string {
  return spec.letter ? `${spec.letter} ${spec.title[lang]}` : spec.title[lang];
}
