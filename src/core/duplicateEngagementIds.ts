import type { Engagement } from './model/records';
import { where } from './model/source';
import type { EngagementStatus } from './status/statusBuilder';
import { findingTotals } from './status/findingTotals';
import { formatMessage } from './text/formatMessage';
import type { Finding, Language, Localized, Range, Severity } from './types';

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
    return duplicateFinding(site, earlier, language);
  }
}

/** The finding on an id site whose id the engagement at root `first` holds first. */
function duplicateFinding(site: EngagementIdSite, first: string, language: Language): Finding {
  return {
    file: site.file,
    range: site.range,
    severity: 'warning',
    code: 'duplicate-engagement-id',
    message: formatMessage(M, language, { id: site.id, first: first || '.' }),
    data: { id: site.id, first },
  };
}

/** The engagement's `id` value and its place; undefined without an id. */
export function engagementIdSite(e: Pick<Engagement, 'id' | 'at'>): EngagementIdSite | undefined {
  if (e.id === undefined || e.id.trim() === '') return undefined;
  return { id: e.id, ...where(e.at, 'id') };
}

/** The duplicate finding as the engagement's own `policy.rules` wants it: none when off, else at its severity. */
export function underIdPolicy(duplicate: Finding | undefined, policy: Engagement['policy']): Finding | undefined {
  return underIdLevel(duplicate, policy.rules['duplicate-engagement-id']);
}

/** The same for a policy level kept apart from its engagement (a cache entry): none when off, else at that severity. */
export function underIdLevel(duplicate: Finding | undefined, level: Severity | 'off' | undefined): Finding | undefined {
  if (!duplicate || level === 'off') return undefined;
  return level ? { ...duplicate, severity: level } : duplicate;
}

/** One engagement as the duplicate check reads it (a host's checked state). */
export interface IdHolder {
  /** Folder-relative root: the order (discovery's) and the name a later holder's message gives. */
  root: string;
  engagement: Pick<Engagement, 'id' | 'at' | 'policy'>;
  /** The language its findings are written in. */
  language: Language;
}

/** Discovery's order: roots by code unit, as `discoverWorkspace` sorts them. */
function before(a: string, b: string): boolean {
  return a < b;
}

/** The holder that keeps a shared id: the first in discovery order; one pass. */
export function firstHolder<T extends IdHolder>(holders: Iterable<T>): T | undefined {
  let first: T | undefined;
  for (const h of holders) if (first === undefined || before(h.root, first.root)) first = h;
  return first;
}

/**
 * The `duplicate-engagement-id` finding of `holder`, whose id the engagement at root `first` holds first
 * (`firstHolder`), under the holder's own policy; none for the first holder itself or without an id. What
 * `EngagementIdIndex.see` finds in a workspace pass, for a host that keeps the holders of each id.
 */
export function duplicateIdFinding(holder: IdHolder, first: string): Finding | undefined {
  if (holder.root === first) return undefined;
  const site = engagementIdSite(holder.engagement);
  return site && underIdPolicy(duplicateFinding(site, first, holder.language), holder.engagement.policy);
}

/**
 * `duplicate-engagement-id` over a list of engagements of one workspace folder, in any order, the way
 * `presales check` finds it (discovery order, each engagement's own policy): the holders that get a finding,
 * with it. One Map by id: linear.
 */
export function duplicateEngagementIds<T extends IdHolder>(holders: readonly T[]): Map<T, Finding> {
  const byId = new Map<string, T[]>();
  for (const h of holders) {
    const id = engagementIdSite(h.engagement)?.id;
    if (id === undefined) continue;
    const group = byId.get(id);
    if (group) group.push(h);
    else byId.set(id, [h]);
  }
  const out = new Map<T, Finding>();
  for (const group of byId.values()) {
    const first = firstHolder(group)!.root;
    for (const h of group) {
      const finding = duplicateIdFinding(h, first);
      if (finding) out.set(h, finding);
    }
  }
  return out;
}

/**
 * An engagement's own check results with its workspace-level finding appended (as `presales check` appends
 * it), the status recounted by the one count (`findingTotals`). Only the totals move: the finding sits on
 * engagement.yaml's `id`, in no deliverable, requirement or pitfall group, so the status needs no rebuild
 * (which a host that released Markdown bodies could not do).
 */
export function withWorkspaceFinding(own: { findings: Finding[]; status: EngagementStatus }, extra: Finding | undefined): { findings: Finding[]; status: EngagementStatus } {
  if (!extra) return own;
  const findings = [...own.findings, extra];
  const totals = findingTotals(findings);
  return { findings, status: { ...own.status, counts: totals.counts, otherFindings: totals.other } };
}
