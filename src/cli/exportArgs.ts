import { EXPORT_FORMATS, EXPORT_KINDS, type ExportFormat, type ExportKind, isExportFormat, isExportKind } from '../core';
import { todayArg, walkArgv } from './argvWalker';
import { UsageError } from './usageError';

/** Parsed command line of `presales export`. */
export interface ExportArgs {
  folder: string;
  what: ExportKind;
  format: ExportFormat;
  out?: string;
  force: boolean;
  /** `YYYY-MM-DD` the remaining errors are judged on (default: today). */
  today?: string;
}

export const EXPORT_USAGE = `Usage: presales export <engagement> --what <${EXPORT_KINDS.join('|')}> --format <${EXPORT_FORMATS.join('|')}> [--out <file>] [--force] [--today YYYY-MM-DD]

  Writes one customer document of the engagement. Default output: <engagement>/exports/<id>-<what>.<format>.
  The output must lie inside the engagement folder or the current folder; an existing file is only
  replaced with --force. SOURCE_DATE_EPOCH (seconds) fixes the document timestamp for byte-identical output.
  When the engagement still has error-severity findings, a line on stderr says how many and which codes
  (checked as of --today, default today); the exit code stays 0 once the document is written.`;

/** Parses the arguments after `export`. */
export function parseExportArgs(argv: string[]): ExportArgs {
  let folder: string | undefined;
  let what: ExportKind | undefined;
  let format: ExportFormat | undefined;
  let out: string | undefined;
  let force = false;
  let today: string | undefined;
  walkArgv(argv, {
    option(a, value) {
      if (a === '--what') {
        const v = value();
        if (!isExportKind(v)) throw new UsageError(`--what must be one of ${EXPORT_KINDS.join(', ')}, not "${v}"`);
        what = v;
      } else if (a === '--format') {
        const v = value();
        if (!isExportFormat(v)) throw new UsageError(`--format must be docx or html, not "${v}"`);
        format = v;
      } else if (a === '--out') out = value();
      else if (a === '--force') force = true;
      else if (a === '--today') today = todayArg(value());
      else return false;
      return true;
    },
    positional(a) {
      if (folder === undefined) folder = a;
      else throw new UsageError(`unexpected argument "${a}"`);
    },
  }, true);
  if (!folder) throw new UsageError('an engagement folder is required');
  if (!what) throw new UsageError('--what is required');
  if (!format) format = out?.toLowerCase().endsWith('.html') ? 'html' : out?.toLowerCase().endsWith('.docx') ? 'docx' : undefined;
  if (!format) throw new UsageError('--format is required');
  return { folder, what, format, out, force, today };
}
