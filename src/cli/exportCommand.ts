import { promises as fsp, realpathSync } from 'node:fs';
import * as nodePath from 'node:path';
import { checkEngagement, defaultExportName, errorTally, exportFile, exportTimestamp, hasExportSource, localIsoDate } from '../core';
import { loadEngagementAt } from './engagementAt';
import { errorsRemainText } from './errorsRemainText';
import { EXPORT_USAGE, parseExportArgs } from './exportArgs';
import { exportRefusalText } from './exportRefusalText';
import { failureText } from './failureText';
import { terminalSafe } from './terminalText';
import { UsageError } from './usageError';

/**
 * `presales export`: builds one document and writes it. Exit 0 written, 1 nothing to export, 2 usage error
 * or refusal (output outside the engagement and the current folder, or an existing file without --force).
 * After writing, a stderr line names the errors the check still finds in the engagement (exit stays 0).
 */
export async function runExport(argv: string[], write: (s: string) => void, writeErr: (s: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      write(EXPORT_USAGE);
      return 0;
    }
    const args = parseExportArgs(argv);
    const { root, fs, engagement } = await loadEngagementAt(args.folder);
    // Refusals speak the engagement's language, as the document and the findings do.
    const refusal = (key: Parameters<typeof exportRefusalText>[0], params: Record<string, string>) => exportRefusalText(key, engagement.language, params);
    if (!hasExportSource(engagement, args.what)) {
      writeErr(terminalSafe(`presales: ${refusal('nothing', { folder: args.folder, what: args.what })}`));
      return 1;
    }
    const target = nodePath.resolve(args.out ?? nodePath.join(root, 'exports', defaultExportName(engagement, args.what, args.format)));
    if (!isInside(target, root) && !isInside(target, process.cwd())) {
      throw new UsageError(refusal('outside', { target }));
    }
    await fsp.mkdir(nodePath.dirname(target), { recursive: true });
    // Re-check after resolving links: a symlinked folder must not carry the write elsewhere.
    const realDir = realpathSync(nodePath.dirname(target));
    if (!isInside(realDir, realpathSync(root)) && !isInside(realDir, realpathSync(process.cwd()))) {
      throw new UsageError(refusal('linkLeaves', { target }));
    }
    if ((await fsp.lstat(target).catch(() => undefined))?.isSymbolicLink()) throw new UsageError(refusal('link', { target }));
    const timestamp = exportTimestamp(env.SOURCE_DATE_EPOCH, new Date());
    const realRoot = realpathSync(root);
    // Images and templates are read only when they really lie inside the engagement (no link leads out).
    const read = async (p: string) => {
      const real = await fsp.realpath(nodePath.join(root, ...p.split('/'))).catch(() => undefined);
      return real && isInside(real, realRoot) ? fs.readFile(p).catch(() => undefined) : undefined;
    };
    const bytes = await exportFile(engagement, { what: args.what, format: args.format, timestamp }, read);
    try {
      await fsp.writeFile(target, bytes, { flag: args.force ? 'w' : 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(refusal('exists', { target }));
      throw err;
    }
    write(terminalSafe(target));
    // The document is written either way; a bid that the check knows to be void must not leave in silence.
    const remaining = errorsRemainText(errorTally(checkEngagement(engagement, { today: args.today ?? localIsoDate(new Date()) })), engagement.language);
    if (remaining) writeErr(terminalSafe(remaining));
    return 0;
  } catch (err) {
    writeErr(failureText(err, EXPORT_USAGE));
    return 2;
  }
}

/** True when `path` is `dir` or below it. */
function isInside(path: string, dir: string): boolean {
  const rel = nodePath.relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !nodePath.isAbsolute(rel));
}
