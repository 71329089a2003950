import type { EngagementReport } from '../core/checkWorkspace';

/** Placeholder replaced by the status view (part 2). */
export function formatStatus(reports: EngagementReport[], format: 'text' | 'json', _today: string): string {
  return format === 'json' ? JSON.stringify(reports.map((r) => ({ root: r.engagement.root }))) : reports.map((r) => r.engagement.root).join('\n');
}
