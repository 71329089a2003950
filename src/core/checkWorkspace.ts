import { checkEngagement } from './checkEngagement';
import type { CheckOptions } from './checkOptions';
import { discoverWorkspace, type DiscoveryProblem } from './discoverEngagements';
import { EngagementIdIndex, engagementIdSite, underIdPolicy } from './duplicateEngagementIds';
import { loadEngagement } from './loadEngagement';
import type { Engagement } from './model/records';
import type { FileParser } from './parse/sourceFile';
import type { Finding } from './types';
import type { EngagementFs } from './workspace';

/** One engagement with its findings. */
export interface EngagementReport {
  engagement: Engagement;
  findings: Finding[];
}

/** Options of a workspace check: those of every engagement check, plus where to start and how to parse. */
export interface WorkspaceCheckOptions extends CheckOptions {
  start?: string;
  parse?: FileParser;
  /** Hears what discovery could not search (unreadable folders, the depth limit, near-miss marker names). */
  onDiscoveryProblem?: (problem: DiscoveryProblem) => void;
}

/** Discovers, loads and checks every engagement below `start`. */
export async function checkWorkspace(fs: EngagementFs, options: WorkspaceCheckOptions): Promise<EngagementReport[]> {
  const reports: EngagementReport[] = [];
  await forEachEngagementReport(fs, options, (r) => reports.push(r));
  return reports;
}

/**
 * Like `checkWorkspace`, but hands each report over as soon as it is ready and keeps none: a caller that
 * keeps only what it prints (findings, counts) checks a 1,000-engagement repository in bounded memory.
 */
export async function forEachEngagementReport(fs: EngagementFs, options: WorkspaceCheckOptions, onReport: (report: EngagementReport) => void): Promise<number> {
  const { engagements: found, problems } = await discoverWorkspace(fs, options.start ?? '');
  for (const p of problems) options.onDiscoveryProblem?.(p);
  const { today, language, onRuleError } = options;
  const ids = new EngagementIdIndex();
  for (const d of found) {
    const engagement = await loadEngagement(fs, d, options.parse);
    const findings = checkEngagement(engagement, { today, language, onRuleError });
    // Workspace-level (a copied folder that kept its id); the copy's own policy may change its severity.
    const duplicate = underIdPolicy(ids.see(engagement.root, engagementIdSite(engagement), language ?? engagement.language), engagement.policy);
    if (duplicate) findings.push(duplicate);
    onReport({ engagement, findings });
  }
  return found.length;
}
