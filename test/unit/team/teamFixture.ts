import { fileURLToPath } from 'node:url';
import { NodeEngagementFs } from '../../../src/cli/nodeFs';
import { checkWorkspace, engagementFacts, type EngagementFacts } from '../../../src/core';

/** The day every hand-computed number of test/fixtures/team was worked out for. */
export const TODAY = '2026-12-01';

/** test/fixtures/team: twelve engagements (README.md there lists what each one is for). */
export const TEAM_ROOT = fileURLToPath(new URL('../../fixtures/team/', import.meta.url));

/** Checks the fixture team and digests each engagement, keyed by folder. */
export async function teamFacts(): Promise<Map<string, EngagementFacts>> {
  const reports = await checkWorkspace(new NodeEngagementFs(TEAM_ROOT), { today: TODAY });
  return new Map(reports.map((r) => [r.engagement.root, engagementFacts(r.engagement, r.findings, TODAY)]));
}
