import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { discoveryFindings, type DiscoveryProblem, type Finding, forEachEngagementReport, localIsoDate } from '../core';
import { toCliReport, type CliReport } from './cliReport';
import { formatJson, formatText, summaryLanguage } from './formatCheck';
import { noEngagementMessage, unreadableRootMessage } from './noEngagement';
import { NodeEngagementFs } from './nodeFs';
import { type CliArgs, parseArgs, USAGE, UsageError } from './parseArgs';
import { failureText } from './failureText';

/** Runs the CLI and returns its exit code (0 clean, 1 errors found, 2 usage/internal failure). */
export async function runCli(argv: string[], write: (s: string) => void, writeErr: (s: string) => void): Promise<number> {
  // `export` has its own arguments and exit codes (exportCommand.ts).
  if (argv[0] === 'export') return (await import('./exportCommand')).runExport(argv.slice(1), write, writeErr);
  // `trace` prints one engagement's compliance matrix (traceCommand.ts).
  if (argv[0] === 'trace') return (await import('./traceCommand')).runTrace(argv.slice(1), write, writeErr);
  // The team reports over many engagements (teamCommand.ts).
  if (argv[0] === 'portfolio' || argv[0] === 'gaps') return (await import('./teamCommand')).runTeam(argv, write, writeErr);
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      write(USAGE);
      return 0;
    }
    if (!statSync(args.folder, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`not a folder: ${args.folder}`);
    const today = args.today ?? localIsoDate(new Date());
    const reports: CliReport[] = [];
    const withStatus = args.command === 'status';
    const problems: DiscoveryProblem[] = [];
    const onDiscoveryProblem = (p: DiscoveryProblem) => problems.push(p);
    const fs = new NodeEngagementFs(args.folder);
    if (args.cache && !withStatus) {
      const { checkWithCache, DEFAULT_CACHE_FILE } = await import('./cachedCheck');
      await checkWithCache(fs, { today, cacheFile: args.cacheLocation ?? DEFAULT_CACHE_FILE, onDiscoveryProblem }, (r) => reports.push(r));
    } else await forEachEngagementReport(fs, { today, onDiscoveryProblem }, (r) => reports.push(toCliReport(r, withStatus, { today })));
    if (problems.some((p) => p.reason === 'unreadable' && p.path === '')) {
      writeErr(unreadableRootMessage(args.folder));
      return 2;
    }
    // What discovery could not search is reported as findings, never skipped in silence.
    const loose = discoveryFindings(problems, summaryLanguage(reports));
    if (reports.length === 0) {
      if (loose.length > 0) write(await formatCheck(args.format, [], loose, args.folder, false));
      writeErr(noEngagementMessage(args.folder));
      return 2;
    }
    if (withStatus) {
      const { formatStatus } = await import('./formatStatus');
      if (loose.length > 0) writeErr(formatText([], false, loose));
      write(formatStatus(reports.map((r) => r.status!), args.format === 'json' ? 'json' : 'text'));
    } else {
      write(await formatCheck(args.format, reports, loose, args.folder, process.stdout.isTTY === true));
    }
    return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  } catch (err) {
    writeErr(failureText(err, USAGE));
    return 2;
  }
}

/** `check`'s report in the chosen format (SARIF loaded only when asked for). */
async function formatCheck(format: CliArgs['format'], reports: CliReport[], loose: Finding[], folder: string, color: boolean): Promise<string> {
  if (format === 'sarif') return (await import('./formatSarif')).formatSarif(reports, loose, summaryLanguage(reports), resolve(folder));
  return format === 'json' ? formatJson(reports, loose) : formatText(reports, color, loose);
}
