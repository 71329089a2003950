import { BoundedFindings } from './boundedFindings';
import type { DroppedFindings } from './capFindings';
import { HISTORY_AFTER } from './method/timing';
import { formatMessage } from './text/formatMessage';
import type { Finding, Language, Localized, Range, Severity } from './types';

/** Options of one reported finding. */
export interface ReportOptions {
  /** The reporter's own severity when it varies (e.g. scope-creep's error past 2×); policy still wins. */
  severity?: Severity;
  params?: Record<string, unknown>;
  data?: Record<string, unknown>;
}

/**
 * Collects findings in one language under one set of severity overrides (`policy.rules`); codes switched
 * off are dropped here, once. `defaults` gives a code's default severity (the rule list's meta).
 */
export class FindingCollector {
  /** Findings whose severity timing may still change (bounded by the records that make them). */
  private readonly open: Finding[] = [];
  /** Findings whose severity is final: bounded per file and code as they arrive (the flood cap's first half). */
  private readonly bounded = new BoundedFindings();
  private assembled: Finding[] | undefined;

  constructor(
    readonly language: Language,
    private readonly overrides: Readonly<Record<string, Severity | 'off'>> = {},
    private readonly defaults: (code: string) => Severity = () => 'warning',
  ) {}

  /** True when the policy has switched a code off (lets rules skip work). */
  isOff(code: string): boolean {
    return this.overrides[code] === 'off';
  }

  /** Adds a finding unless its code is off. */
  report(file: string, range: Range, code: string, message: Localized, options: ReportOptions = {}): void {
    const override = this.overrides[code];
    if (override === 'off') return;
    const severity = override ?? options.severity ?? this.defaults(code);
    const final = HISTORY_AFTER[code] === undefined;
    if (final && !this.bounded.admits(code, file, range, severity)) return;
    const finding: Finding = { file, range, severity, code, message: formatMessage(message, this.language, options.params) };
    if (options.data) finding.data = options.data;
    if (final) this.bounded.add(finding);
    else this.open.push(finding);
    this.assembled = undefined;
  }

  /** Every finding kept (one array until the next report; callers may sort it in place). */
  get findings(): Finding[] {
    return (this.assembled ??= [...this.open, ...this.bounded.all()]);
  }

  /** What the early bound left out, for `capFindings`' summaries. */
  get dropped(): DroppedFindings {
    return this.bounded.dropped;
  }
}
