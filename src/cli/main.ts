import { statSync } from 'node:fs';
import { forEachEngagementReport } from '../core/checkWorkspace';
import { toCliReport, type CliReport } from './cliReport';
import { formatJson, formatText } from './formatCheck';
import { NodeEngagementFs } from './nodeFs';
import { parseArgs, USAGE, UsageError } from './parseArgs';
import { todayLocal } from './todayLocal';

/** Runs the CLI and returns its exit code (0 clean, 1 errors found, 2 usage/internal failure). */
export async function runCli(argv: string[], write: (s: string) => void, writeErr: (s: string) => void): Promise<number> {
  // `export` has its own arguments and exit codes (exportCommand.ts).
  if (argv[0] === 'export') return (await import('./exportCommand')).runExport(argv.slice(1), write, writeErr);
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      write(USAGE);
      return 0;
    }
    if (!statSync(args.folder, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`not a folder: ${args.folder}`);
    const today = args.today ?? todayLocal();
    const reports: CliReport[] = [];
    const withStatus = args.command === 'status';
    await forEachEngagementReport(new NodeEngagementFs(args.folder), { today }, (r) => reports.push(toCliReport(r, withStatus, today)));
    if (reports.length === 0) writeErr(`presales: no engagement.yaml found below ${args.folder}`);
    if (withStatus) {
      const { formatStatus } = await import('./formatStatus');
      write(formatStatus(reports.map((r) => r.status!), args.format));
    } else {
      write(args.format === 'json' ? formatJson(reports) : formatText(reports, process.stdout.isTTY === true));
    }
    return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
  } catch (err) {
    writeErr(err instanceof UsageError ? `presales: ${err.message}\n\n${USAGE}` : `presales: internal error: ${(err as Error)?.stack ?? err}`);
    return 2;
  }
}
