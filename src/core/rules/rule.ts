import type { FindingCollector } from '../findingCollector';
import type { Code } from '../method/codes';
import type { Engagement } from '../model/engagement';

/** What every engagement-level rule is given. */
export interface RuleContext {
  engagement: Engagement;
  /** Today as `YYYY-MM-DD`: the clock is a parameter so results are reproducible. */
  today: string;
  out: FindingCollector;
}

/** One check over a whole engagement, reporting under a single code. */
export interface Rule {
  code: Code;
  run(ctx: RuleContext): void;
}
