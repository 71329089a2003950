import { traceability } from '../core';
import { loadEngagementAt } from './engagementAt';
import { failureText } from './failureText';
import { jsonSafe } from './terminalText';
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
    const { engagement } = await loadEngagementAt(args.folder);
    const matrix = traceJson(traceability(engagement));
    if (args.format === 'json') write(jsonSafe(JSON.stringify(matrix, null, 2)) + '\n');
    else if (args.format === 'csv') write(traceCsv(matrix));
    else write(traceText(matrix, engagement.title ?? engagement.id ?? args.folder, engagement.language));
    return 0;
  } catch (err) {
    writeErr(failureText(err, TRACE_USAGE));
    return 2;
  }
}
