import type { Engagement } from '../model/records';
import { knownRequirements, proseSitesOf } from '../model/proseMentions';
import { releaseMarkdownBody } from '../parse/releaseBody';

/**
 * Releases the Markdown bodies of a checked engagement (`releaseMarkdownBody`), keeping what the id index
 * reads of them: each deliverable's prose sites are computed from the whole text first and stay cached per
 * file (`proseSitesOf`), so references, code lenses and rename over the released engagement are those of the
 * full one. Returns the paths released.
 */
export function releaseBodies(e: Engagement): string[] {
  const known = knownRequirements(e);
  const released: string[] = [];
  for (const f of e.files) {
    if (f.format !== 'markdown') continue;
    // The same condition as buildIdIndex: a Markdown file with a known kind has prose sites.
    if (f.kind !== undefined) proseSitesOf(f, known);
    if (releaseMarkdownBody(f)) released.push(f.path);
  }
  return released;
}
