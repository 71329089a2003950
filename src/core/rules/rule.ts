import type { ReportOptions } from '../findingCollector';
import type { Engagement } from '../model/records';
import type { Where } from '../model/source';
import type { Language, Localized, Severity } from '../types';

export type { ReportOptions };

/** A threshold a rule reads from `policy:` (key in engagement.yaml) and its method default. */
export interface Threshold<K extends string = string> {
  key: K;
  default: number;
  summary: Localized;
}

/** What a code's Explain page shows besides its summary and lesson: the trigger, a file that fires it, and the fix. */
export interface RuleExplain {
  /** Exactly what fires it (the rule's condition, in words). */
  fires: Localized;
  /** A small file excerpt that fires it (field names as in docs/format.md). */
  example: string;
  /** The excerpt's language for highlighting (default `yaml`). */
  format?: 'yaml' | 'markdown' | 'text';
  /** What to do about it. */
  fix: Localized;
}

/**
 * What a diagnostic code says about itself (ESLint-style `meta`). Code tables, policy defaults, the
 * pitfall list, quick-fix availability and the docs table are all derived from these.
 */
export interface RuleMeta<K extends string = string> {
  /** The public code (docs/format.md); never renamed. */
  code: string;
  /** Default severity; a rule may raise or lower one finding, and `policy.rules` overrides both. */
  severity: Severity;
  /** The method's own term (zh-CN original), when it has one. */
  term?: string;
  /** One line, both languages. */
  summary: Localized;
  /** What it means and the lesson behind it, both languages (Explain pages, SARIF help). */
  description: Localized;
  /** Policy thresholds the rule reads. */
  thresholds: readonly Threshold<K>[];
  /** One of the method's pitfalls (误区), shown in the pitfall views. */
  pitfall: boolean;
  /** The extension offers a quick fix for it. */
  fixable: boolean;
  /** Anchor in docs/rules.md. */
  docs: string;
  /** Its Explain page's trigger, example and fix (required: a code cannot ship without its page). */
  explain: RuleExplain;
}

/** What a rule is given: the engagement's records, the clock, the language and its reporter. */
export interface RuleContext<K extends string = string> {
  engagement: Engagement;
  /** Today as `YYYY-MM-DD`: the clock is a parameter so results are reproducible. */
  today: string;
  /** The language findings (and any text the rule composes) are written in. */
  language: Language;
  /** A threshold of the rule's meta: the engagement's `policy:` value, else the default. */
  threshold(key: K): number;
  /** Reports a finding under the rule's code at a place (see `model/source.ts` `where`). */
  report(at: Where, message: Localized, options?: ReportOptions): void;
}

/** One check over a whole engagement, reporting under its single code. */
export interface Rule<K extends string = string> {
  meta: RuleMeta<K>;
  run(ctx: RuleContext<K>): void;
}

/** Declares a rule; `K` (the threshold keys it may read) is inferred from `meta.thresholds`. */
export function defineRule<K extends string = never>(rule: Rule<K>): Rule<K> {
  return rule;
}

/** Docs anchor of a code in docs/rules.md. */
export const docsAnchor = (code: string): string => `docs/rules.md#${code}`;
