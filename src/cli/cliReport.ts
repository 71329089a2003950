import type { EngagementReport } from '../core/checkWorkspace';
import { buildStatus } from '../core/status/statusBuilder';
import type { EngagementStatus } from '../core/status/statusTypes';
import type { Finding } from '../core/types';

/**
 * What the CLI keeps of one checked engagement: findings and counts, not the parsed files, so a
 * 1,000-engagement repository is checked in bounded memory.
 */
export interface CliReport {
  findings: Finding[];
  files: number;
  /** Only for `presales status`. */
  status?: EngagementStatus;
}

/** Reduces a full report to what the CLI prints. */
export function toCliReport(report: EngagementReport, withStatus: boolean, today: string): CliReport {
  return {
    findings: report.findings,
    files: report.engagement.files.length,
    status: withStatus ? buildStatus(report.engagement, report.findings, today) : undefined,
  };
}
