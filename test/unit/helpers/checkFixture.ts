import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkWorkspace } from '../../../src/core/checkWorkspace';
import type { Finding } from '../../../src/core/types';
import { MemoryFs } from './memoryFs';

/** The default clock of tests: fixtures are written relative to this day. */
export const TODAY = '2026-11-28';

/** Loads a folder from disk into a MemoryFs (paths relative to it). */
export function fsFromFolder(folder: string): MemoryFs {
  const fs = new MemoryFs();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else fs.write(relative(folder, p).split('\\').join('/'), readFileSync(p));
    }
  };
  walk(folder);
  return fs;
}

/** Checks in-memory files and returns every finding. */
export async function check(files: Record<string, string | Uint8Array> | MemoryFs, today = TODAY): Promise<Finding[]> {
  const fs = files instanceof MemoryFs ? files : new MemoryFs(files);
  // A rule that throws fails the test rather than hiding as an internal-error finding.
  return (await checkWorkspace(fs, { today, onRuleError: (error) => { throw error; } })).flatMap((r) => r.findings);
}

/** Findings of one code, as compact `file:line:col-line:col` strings (1-based lines and columns, like the CLI). */
export function at(findings: Finding[], code: string): string[] {
  return findings.filter((f) => f.code === code).map((f) => `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1}`);
}
