import type { Language } from './types';

/** What every check and status build is given (the same object for both, so they always agree). */
export interface CheckOptions {
  /** `YYYY-MM-DD`; every date rule and view measures from here. */
  today: string;
  /** The language of findings and views; default: the engagement's own. */
  language?: Language;
  /**
   * Called when a rule throws (after its `internal-error` finding is recorded). Tests pass one that
   * rethrows, so a rule bug fails the test instead of hiding as a finding.
   */
  onRuleError?: (error: unknown, code: string) => void;
}
