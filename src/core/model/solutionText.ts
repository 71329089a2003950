import { findFrontMatter } from '../parse/frontMatter';
import type { Engagement } from './records';

/**
 * What the customer reads of the solution: the Markdown bodies (headings and text, no front matter) of
 * every `solution` document, joined; '' when there is none. `concern-uncovered` and the concern view share it.
 */
export function solutionText(e: Engagement): string {
  return e.deliverables
    .filter((d) => d.kind === 'solution')
    .map((d) => {
      const fm = findFrontMatter(d.file.text);
      return fm && fm !== 'unclosed' ? d.file.text.slice(fm.bodyStart) : d.file.text;
    })
    .join('\n');
}
