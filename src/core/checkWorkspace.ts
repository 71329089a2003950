import { checkEngagement } from './checkEngagement';
import { discoverEngagements } from './discoverEngagements';
import { loadEngagement, type FileParser } from './loadEngagement';
import type { Engagement } from './model/engagement';
import type { Finding } from './types';
import type { EngagementFs } from './workspace';

/** One engagement with its findings. */
export interface EngagementReport {
  engagement: Engagement;
  findings: Finding[];
}

/** Discovers, loads and checks every engagement below `start`. */
export async function checkWorkspace(fs: EngagementFs, options: { today: string; start?: string; parse?: FileParser }): Promise<EngagementReport[]> {
  const found = await discoverEngagements(fs, options.start ?? '');
  const reports: EngagementReport[] = [];
  for (const d of found) {
    const engagement = await loadEngagement(fs, d, options.parse);
    reports.push({ engagement, findings: checkEngagement(engagement, { today: options.today }) });
  }
  return reports;
}
