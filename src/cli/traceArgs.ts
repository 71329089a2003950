import { walkArgv } from './argvWalker';
import { UsageError } from './usageError';

/** The output formats of `presales trace`. */
export const TRACE_FORMATS = ['text', 'json', 'csv'] as const;
export type TraceFormat = (typeof TRACE_FORMATS)[number];

/** Parsed command line of `presales trace`. */
export interface TraceArgs {
  folder: string;
  format: TraceFormat;
}

export const TRACE_USAGE = `Usage: presales trace <engagement> [--format text|json|csv]

  The compliance (traceability) matrix of one engagement: for each requirement, the solution lines that
  answer it, the pricing lines that price it, the deviation rows that cite it and its source stakeholder;
  for each tender clause, its deviation rows. Files are relative to the engagement folder, lines 1-based.
  csv: one row per requirement (RFC 4180, a cell starting with = + - @ gets a leading ').

Exit codes: 0 printed, 2 usage error (not an engagement folder) or internal failure.`;

/** Parses the arguments after `trace`. */
export function parseTraceArgs(argv: string[]): TraceArgs {
  let folder: string | undefined;
  let format: TraceFormat = 'text';
  walkArgv(argv, {
    option(a, value) {
      if (a !== '--format') return false;
      const v = value();
      if (!(TRACE_FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be text, json or csv, not "${v}"`);
      format = v as TraceFormat;
      return true;
    },
    positional(a) {
      if (folder === undefined) folder = a;
      else throw new UsageError(`unexpected argument "${a}"`);
    },
  });
  if (!folder) throw new UsageError('an engagement folder is required');
  return { folder, format };
}
