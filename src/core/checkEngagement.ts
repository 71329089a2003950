import { FindingCollector } from './findingCollector';
import { KIND_SPECS } from './method/kinds';
import type { Engagement } from './model/engagement';
import { RULES } from './rules/ruleList';
import type { Finding, Severity } from './types';
import { checkFile } from './validate/checkFile';

const KNOWN_KINDS = Object.keys(KIND_SPECS);
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Options of a check. */
export interface CheckOptions {
  /** `YYYY-MM-DD`; every date rule measures from here. */
  today: string;
}

/**
 * Checks one engagement: every file, then every rule of the method. Never throws: a rule that fails
 * is skipped rather than costing the writer the rest of the findings.
 */
export function checkEngagement(e: Engagement, options: CheckOptions): Finding[] {
  const out = new FindingCollector(e.language, e.policy);
  for (const file of e.files) checkFile(file, out, KNOWN_KINDS);
  for (const rule of RULES) {
    if (out.isOff(rule.code)) continue;
    try {
      rule.run({ engagement: e, today: options.today, out });
    } catch {
      // A rule bug must not hide the other findings; the fuzz suite hunts these down.
    }
  }
  return sortFindings(out.findings);
}

/** Orders findings by file, position, then severity. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      ORDER[a.severity] - ORDER[b.severity],
  );
}
