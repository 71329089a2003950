import type { Language } from '../core';
import { todayArg, walkArgv } from './argvWalker';
import { cacheOption, folderPositional, type FolderCommandArgs } from './folderCommandArgs';
import { UsageError } from './usageError';

/** Parsed command line of `presales portfolio` and `presales gaps`. */
export interface TeamArgs extends FolderCommandArgs {
  command: 'portfolio' | 'gaps';
  format: 'text' | 'json' | 'csv' | 'html';
  today?: string;
  /** `--by person`: the 售前考评 per presales lead instead of the engagement rows. */
  byPerson: boolean;
  stalledDays?: number;
  /** `--language`: the report's language; default Chinese when every engagement is, else English. */
  language?: Language;
}

export const TEAM_USAGE = `Usage: presales portfolio <team-folder> [--format text|json|csv|html] [--today YYYY-MM-DD] [--by person] [--stalled-days N]
       presales gaps <team-folder> [--format text|json|csv] [--today YYYY-MM-DD]
       (both) [--cache] [--cache-location <file>]: reuse unchanged engagements' results, as check --cache does
       (both) [--language zh-CN|en]: the report's language (default: Chinese when every engagement is, else English)

  portfolio  every engagement as a row (stage and days in it, budget, priced total, bid deadline, qualification,
             errors/warnings, last activity, owner), pipeline by stage (weighted), stalled deals, bids due this week,
             win rate and loss reasons; --by person: the presales evaluation (售前考评) per presales lead
  gaps       the product-gap log: requirements' gap {type, area} by product area, ranked by the budgets at stake

Exit codes: 0 report written, 2 usage or internal failure (or no engagement found).`;

/** Parses `portfolio|gaps …` (argv without node and script, the command first). */
export function parseTeamArgs(argv: string[]): TeamArgs {
  const [command, ...rest] = argv;
  if (command !== 'portfolio' && command !== 'gaps') throw new UsageError(`unknown command "${command}"`);
  const args: TeamArgs = { command, folder: '', format: 'text', byPerson: false, cache: false };
  walkArgv(rest, {
    option(a, value) {
      if (a === '--format') {
        const v = value();
        const allowed = command === 'portfolio' ? ['text', 'json', 'csv', 'html'] : ['text', 'json', 'csv'];
        if (!allowed.includes(v)) throw new UsageError(`--format must be ${allowed.join(', ')}, not "${v}"`);
        args.format = v as TeamArgs['format'];
      } else if (a === '--today') {
        args.today = todayArg(value());
      } else if (a === '--by' && command === 'portfolio') {
        const v = value();
        if (v !== 'person') throw new UsageError(`--by must be person, not "${v}"`);
        args.byPerson = true;
      } else if (a === '--stalled-days' && command === 'portfolio') {
        const v = value();
        if (!/^\d{1,5}$/.test(v)) throw new UsageError(`--stalled-days must be a whole number of days, not "${v}"`);
        args.stalledDays = Number(v);
      } else if (a === '--language') {
        const v = value();
        if (v !== 'zh-CN' && v !== 'en') throw new UsageError(`--language must be zh-CN or en, not "${v}"`);
        args.language = v;
      } else return cacheOption(args, a, value); // the same cache file as `check --cache`, with each engagement's digest
      return true;
    },
    positional: folderPositional(args),
  });
  if (!args.folder) throw new UsageError('a team folder is required');
  if (args.byPerson && (args.format === 'html' || args.format === 'csv')) throw new UsageError('--by person writes text or json');
  return args;
}
