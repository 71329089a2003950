import { statSync } from 'node:fs';
import { discoveryFindings, type DiscoveryProblem, forEachEngagementReport, localIsoDate } from '../core';
import { toCliReport, type CliReport } from './cliReport';
import { formatJson, formatText, summaryLanguage } from './formatCheck';
import { noEngagementMessage, unreadableRootMessage } from './noEngagement';
import { NodeEngagementFs } from './nodeFs';
import { parseArgs, USAGE, UsageError } from './parseArgs';
import { terminalSafe } from './terminalText';

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
    await forEachEngagementReport(new NodeEngagementFs(args.folder), { today, onDiscoveryProblem }, (r) => reports.push(toCliReport(r, withStatus, { today })));
    if (problems.some((p) => p.reason === 'unreadable' && p.path === '')) {
      writeErr(unreadableRootMessage(args.folder));
      return 2;
    }
    // What discovery could not search is reported as findings, never skipped in silence.
    const loose = discoveryFindings(problems, summaryLanguage(reports));
    if (reports.length === 0) {
      if (loose.length > 0) write(args.format === 'json' ? formatJson([], loose) : formatText([], false, loose));
      writeErr(noEngagementMessage(args.folder));
      return 2;
    }
    if (withStatus) {
      const { formatStatus } = await import('./formatStatus');
      if (loose.length > 0) writeErr(formatText([], false, loose));
      write(formatStatus(reports.map((r) => r.status!), args.format));
    } else {
      write(args.format === 'json' ? formatJson(reports, loose) : formatText(reports, process.stdout.isTTY === true, loose));
    }
    return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  } catch (err) {
    writeErr(terminalSafe(err instanceof UsageError ? `presales: ${err.message}` : `presales: internal error: ${(err as Error)?.stack ?? err}`) + (err instanceof UsageError ? `\n\n${USAGE}` : ''));
    return 2;
  }
}
