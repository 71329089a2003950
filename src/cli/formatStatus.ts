import type { EngagementStatus } from '../core/status/statusTypes';
import { statusText } from './statusText';

/**
 * `presales status`: per engagement the pipeline, gate blockers, stakeholder coverage, concerns, needs,
 * bid, budget and pitfalls (text), or the `EngagementStatus` array (json).
 */
export function formatStatus(statuses: EngagementStatus[], format: 'text' | 'json'): string {
  return format === 'json' ? JSON.stringify(statuses, null, 2) : statuses.map(statusText).join('\n\n');
}
