/**
 * What `presales check <folder>` counts, from the CLI built next to the extension (dist/cli.js): the reference
 * the e2e tests compare Check Engagement's summary notification with, so they follow the example data.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './codeServer.ts';

/** Engagements and findings by severity, as in the summary notification. */
export interface CheckCounts {
  engagements: number;
  error: number;
  warning: number;
  info: number;
}

/** Runs `node dist/cli.js check <folder> --format json` and returns its summary. */
export function cliCounts(folder: string): CheckCounts {
  const res = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'check', folder, '--format', 'json'], { encoding: 'utf8' });
  try {
    const { summary: s } = JSON.parse(res.stdout) as { summary: CheckCounts };
    return { engagements: s.engagements, error: s.error, warning: s.warning, info: s.info };
  } catch {
    throw new Error(`presales check ${folder} gave no JSON (exit ${res.status}): ${res.stderr.slice(0, 500)}`);
  }
}

/** The counts of an English summary notification ("1 engagement checked: 0 errors, 2 warnings, 1 info."). */
export function summaryCounts(text: string): CheckCounts | undefined {
  const m = /(\d+) engagements? checked: (\d+) errors?, (\d+) warnings?, (\d+) info\./.exec(text);
  return m ? { engagements: Number(m[1]), error: Number(m[2]), warning: Number(m[3]), info: Number(m[4]) } : undefined;
}
