import { buildStatus, type CheckOptions, type EngagementReport, type EngagementStatus, type Finding, type Language } from '../core';

/**
 * What the CLI keeps of one checked engagement: findings and counts, not the parsed files, so a
 * 1,000-engagement repository is checked in bounded memory.
 */
export interface CliReport {
  findings: Finding[];
  files: number;
  /** The engagement's language: the summary line speaks it when every engagement does. */
  language: Language;
  /** Only for `presales status`. */
  status?: EngagementStatus;
}

/** Reduces a full report to what the CLI prints. */
export function toCliReport(report: EngagementReport, withStatus: boolean, options: CheckOptions): CliReport {
  return {
    findings: report.findings,
    files: report.engagement.files.length,
    language: report.engagement.language,
    status: withStatus ? buildStatus(report.engagement, report.findings, options) : undefined,
  };
}
