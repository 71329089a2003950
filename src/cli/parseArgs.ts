import { todayArg, walkArgv } from './argvWalker';
import { cacheOption, folderPositional, type FolderCommandArgs } from './folderCommandArgs';
import { UsageError } from './usageError';

export { UsageError };

/** Parsed command line of `presales`. */
export interface CliArgs extends FolderCommandArgs {
  command: 'check' | 'status' | 'help';
  format: 'text' | 'json' | 'sarif';
  today?: string;
}

export const USAGE = `Usage: presales <check|status> <folder> [--format text|json|sarif] [--today YYYY-MM-DD]
                [--cache] [--cache-location <file>]

  check      validate every engagement below <folder> against the presales method
  status     stage pipeline, gate blockers, stakeholder coverage and pitfalls per engagement
  export     write a deviation table, bid summary, solution, pricing or matrix as DOCX/HTML (presales export --help)
  trace      the compliance matrix of one engagement: answered / priced / deviation per requirement (presales trace --help)
  portfolio  every engagement of a team folder as a row, pipeline by stage, 售前考评 (presales portfolio --help)
  gaps       the product-gap log by product area, ranked by the budgets at stake (presales gaps --help)

  --format sarif   (check only) SARIF 2.1.0 for code-scanning UIs (docs/ci.md)
  --cache          (check, portfolio, gaps) re-check only engagements with a changed file; findings of the others
                   come from the cache file (default .presalescache, or --cache-location; key: tool version,
                   --today, every file's content)

Exit codes: 0 no error-severity finding, 1 at least one, 2 usage or internal failure.`;

/** Parses argv (without node and script). */
export function parseArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return { command: 'help', folder: '.', format: 'text', cache: false };
  if (command !== 'check' && command !== 'status') throw new UsageError(`unknown command "${command}"`);
  const args: CliArgs = { command, folder: '', format: 'text', cache: false };
  walkArgv(rest, {
    option(a, value) {
      if (a === '--format') {
        const v = value();
        if (v !== 'text' && v !== 'json' && !(v === 'sarif' && command === 'check')) throw new UsageError(`--format must be text or json${command === 'check' ? ' or sarif' : ''}, not "${v}"`);
        args.format = v;
      } else if (a === '--today') {
        args.today = todayArg(value());
      } else return command === 'check' && cacheOption(args, a, value);
      return true;
    },
    positional: folderPositional(args),
  });
  if (!args.folder) throw new UsageError('a folder is required');
  return args;
}
