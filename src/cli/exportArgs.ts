import { EXPORT_FORMATS, EXPORT_KINDS, type ExportFormat, type ExportKind, isExportFormat, isExportKind } from '../core';
import { walkArgv } from './argvWalker';
import { UsageError } from './usageError';

/** Parsed command line of `presales export`. */
export interface ExportArgs {
  folder: string;
  what: ExportKind;
  format: ExportFormat;
  out?: string;
  force: boolean;
}

export const EXPORT_USAGE = `Usage: presales export <engagement> --what <${EXPORT_KINDS.join('|')}> --format <${EXPORT_FORMATS.join('|')}> [--out <file>] [--force]

  Writes one customer document of the engagement. Default output: <engagement>/exports/<id>-<what>.<format>.
  The output must lie inside the engagement folder or the current folder; an existing file is only
  replaced with --force. SOURCE_DATE_EPOCH (seconds) fixes the document timestamp for byte-identical output.`;

/** Parses the arguments after `export`. */
export function parseExportArgs(argv: string[]): ExportArgs {
  let folder: string | undefined;
  let what: ExportKind | undefined;
  let format: ExportFormat | undefined;
  let out: string | undefined;
  let force = false;
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
  return { folder, what, format, out, force };
}
