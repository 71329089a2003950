import type { EngagementStatus } from '../core';
import { statusText } from './statusText';
import { jsonSafe, terminalSafeDeep } from './terminalText';

/**
 * `presales status`: per engagement the pipeline, gate blockers, stakeholder coverage, concerns, needs,
 * bid, budget and pitfalls (text), or the `EngagementStatus` array (json).
 */
export function formatStatus(statuses: EngagementStatus[], format: 'text' | 'json'): string {
  // Values are escaped before layout, so an escaped newline can never become a forged report line.
  return format === 'json' ? jsonSafe(JSON.stringify(statuses, null, 2)) : statuses.map((s) => statusText(terminalSafeDeep(s))).join('\n\n');
}
