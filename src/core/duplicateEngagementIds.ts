import type { Engagement } from './model/records';
import { where } from './model/source';
import { formatMessage } from './text/formatMessage';
import type { Finding, Language, Localized, Range } from './types';

const M: Localized = {
  en: 'The engagement id “{id}” is already used by the engagement in {first}. Ids name an engagement across the team (portfolio, links, exports): give this copy its own id.',
  'zh-CN': '项目 id“{id}”已被 {first} 中的项目使用。id 在整个团队中标识一个项目（项目组合、引用、导出）：请为这个副本另起一个 id。',
};

/** Where an engagement's `id` value is: what the duplicate check needs of it (a cache hit keeps only this). */
export interface EngagementIdSite {
  id: string;
  /** engagement.yaml, workspace-relative. */
  file: string;
  range: Range;
}

/**
 * `duplicate-engagement-id`: engagements of one workspace that reuse an id met earlier, in discovery
 * (path) order. One Map by id, so a pass over the workspace stays linear.
 */
export class EngagementIdIndex {
  private readonly first = new Map<string, string>();

  /** The finding for this engagement when an earlier one (another folder) has its id; else remembers it and returns undefined. */
  see(root: string, site: EngagementIdSite | undefined, language: Language): Finding | undefined {
    if (!site) return undefined;
    const earlier = this.first.get(site.id);
    if (earlier === undefined) {
      this.first.set(site.id, root);
      return undefined;
    }
    return {
      file: site.file,
      range: site.range,
      severity: 'warning',
      code: 'duplicate-engagement-id',
      message: formatMessage(M, language, { id: site.id, first: earlier || '.' }),
      data: { id: site.id, first: earlier },
    };
  }
}

/** The engagement's `id` value and its place; undefined without an id. */
export function engagementIdSite(e: Pick<Engagement, 'id' | 'at'>): EngagementIdSite | undefined {
  if (e.id === undefined || e.id.trim() === '') return undefined;
  return { id: e.id, ...where(e.at, 'id') };
}
