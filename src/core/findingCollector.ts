import { codeSpec, type Code } from './method/codes';
import { DEFAULT_POLICY, type Policy } from './method/policy';
import { formatMessage } from './text/formatMessage';
import type { Finding, Language, Localized, Range, Severity } from './types';

/** Options of one reported finding. */
export interface ReportOptions {
  /** The rule's own severity when it varies (e.g. scope-creep's error past 2×); policy still wins. */
  severity?: Severity;
  params?: Record<string, unknown>;
  data?: Record<string, unknown>;
}

/** Collects findings in one language under one policy; codes switched off are dropped here, once. */
export class FindingCollector {
  readonly findings: Finding[] = [];

  constructor(
    readonly language: Language,
    readonly policy: Policy = DEFAULT_POLICY,
  ) {}

  /** True when the policy has switched a code off (lets rules skip work). */
  isOff(code: Code): boolean {
    return this.policy.rules[code] === 'off';
  }

  /** Adds a finding unless its code is off. */
  report(file: string, range: Range, code: Code, message: Localized, options: ReportOptions = {}): void {
    const override = this.policy.rules[code];
    if (override === 'off') return;
    const severity = override ?? options.severity ?? codeSpec(code)?.severity ?? 'warning';
    const finding: Finding = { file, range, severity, code, message: formatMessage(message, this.language, options.params) };
    if (options.data) finding.data = options.data;
    this.findings.push(finding);
  }
}
