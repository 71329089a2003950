import { promises as fsp } from 'node:fs';
import * as nodePath from 'node:path';
import { discoverEngagements, loadEngagement, traceability } from '../core';
import { NodeEngagementFs } from './nodeFs';
import { UsageError } from './parseArgs';
import { jsonSafe, terminalSafe } from './terminalText';
import { parseTraceArgs, TRACE_USAGE } from './traceArgs';
import { traceCsv } from './traceCsv';
import { traceJson } from './traceJson';
import { traceText } from './traceText';

/**
 * `presales trace`: the compliance matrix of one engagement folder (files relative to it, as `presales check`
 * prints them when given that folder). Exit 0 printed, 2 usage error or internal failure.
 */
export async function runTrace(argv: string[], write: (s: string) => void, writeErr: (s: string) => void): Promise<number> {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      write(TRACE_USAGE);
      return 0;
    }
    const args = parseTraceArgs(argv);
    const root = nodePath.resolve(args.folder);
    if (!(await fsp.stat(root).catch(() => undefined))?.isDirectory()) throw new UsageError(`not a folder: ${args.folder}`);
    const fs = new NodeEngagementFs(root);
    const found = (await discoverEngagements(fs, '')).find((d) => d.root === '');
    if (!found) throw new UsageError(`no engagement.yaml in ${args.folder}`);
    const engagement = await loadEngagement(fs, found);
    const matrix = traceJson(traceability(engagement));
    if (args.format === 'json') write(jsonSafe(JSON.stringify(matrix, null, 2)) + '\n');
    else if (args.format === 'csv') write(traceCsv(matrix));
    else write(traceText(matrix, engagement.title ?? engagement.id ?? args.folder, engagement.language));
    return 0;
  } catch (err) {
    writeErr(terminalSafe(err instanceof UsageError ? `presales: ${err.message}` : `presales: internal error: ${(err as Error)?.stack ?? err}`) + (err instanceof UsageError ? `\n\n${TRACE_USAGE}` : ''));
    return 2;
  }
}
