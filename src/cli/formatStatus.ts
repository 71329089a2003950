import type { EngagementReport } from '../core/checkWorkspace';
import { buildStatus } from '../core/status/statusBuilder';
import { statusText } from './statusText';

/**
 * `presales status`: per engagement the pipeline, gate blockers, stakeholder coverage, concerns, needs,
 * bid, budget and pitfalls (text), or the `EngagementStatus` array (json).
 */
export function formatStatus(reports: EngagementReport[], format: 'text' | 'json', today: string): string {
  const statuses = reports.map((r) => buildStatus(r.engagement, r.findings, today));
  return format === 'json' ? JSON.stringify(statuses, null, 2) : statuses.map(statusText).join('\n\n');
}
