import { isoDay } from '../core';
import { UsageError } from './usageError';

/** What a command's parser does with each word of its command line. */
export interface ArgvHandlers {
  /** One `-…` word; `value()` takes the word after it. Returns false for an option the command does not have. */
  option(name: string, value: () => string): boolean;
  /** Any other word, in order (the folder, or one too many). */
  positional(word: string): void;
}

/**
 * Walks a subcommand's words left to right, so the first mistake is the one reported. An option the
 * handler does not know is `unknown option …`; a missing value is `… needs a value` (with `refuseDashValue`,
 * a following `--…` word counts as missing too).
 */
export function walkArgv(argv: string[], handlers: ArgvHandlers, refuseDashValue = false): void {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-')) {
      handlers.positional(a);
      continue;
    }
    const value = () => {
      const v = argv[++i];
      if (v === undefined || (refuseDashValue && v.startsWith('--'))) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (!handlers.option(a, value)) throw new UsageError(`unknown option ${a}`);
  }
}

/**
 * The value of `--today`, checked to be a real calendar day: `Date.parse('2026-02-30')` rolls over to March,
 * and an unreadable clock turned every date rule off.
 */
export function todayArg(v: string): string {
  if (isoDay(v) === undefined) throw new UsageError(`--today must be a real date YYYY-MM-DD, not "${v}" · --today 须为真实存在的日期（YYYY-MM-DD），而不是“${v}”`);
  return v;
}
