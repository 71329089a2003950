import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkEngagement } from '../../../src/core/checkEngagement';
import { discoverEngagements } from '../../../src/core/discoverEngagements';
import { loadEngagement } from '../../../src/core/loadEngagement';
import { codeMeta } from '../../../src/core/rules/ruleList';
import { ParseCache } from '../../../src/core/parse/parseCache';
import type { Finding } from '../../../src/core/types';
import { MemoryFs } from '../helpers/memoryFs';

/** Fixed seed: a failure reproduces. Bounded runs: the suite stays fast; FUZZ_RUNS=100000 for a long hunt. */
export const SEED = 20261128;
export function runs(n: number): number {
  return process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : n;
}

export const TODAY = '2026-11-28';
export const REPO = join(__dirname, '..', '..', '..');

/** Every file below a folder, as repo-relative POSIX path → bytes. */
export function filesBelow(folder: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ya?ml|md)$/.test(name)) out.set(relative(folder, p).split('\\').join('/'), readFileSync(p));
    }
  };
  walk(folder);
  return out;
}

/**
 * Checks a workspace the strict way: the real check loop, with an `onRuleError` that rethrows, so a rule
 * that throws fails the property. Then asserts every finding is well-formed. Returns the findings.
 */
export async function checkStrict(fs: MemoryFs, cache = new ParseCache()): Promise<Finding[]> {
  const all: Finding[] = [];
  for (const d of await discoverEngagements(fs)) {
    const e = await loadEngagement(fs, d, cache.parse);
    const findings = checkEngagement(e, { today: TODAY, onRuleError: rethrow });
    const texts = new Map(e.files.map((f) => [f.path, f.lines]));
    for (const f of findings) assertWellFormed(f, texts);
    all.push(...findings);
  }
  return all;
}

/** A rule error fails the test that met it. */
export function rethrow(error: unknown): never {
  throw error;
}

/** A finding names a known code and a file of the check, and its range lies inside that file's text. */
export function assertWellFormed(f: Finding, lines: Map<string, { lineCount: number; lineStart(l: number): number; lineEnd(l: number): number }>): void {
  assert.ok(codeMeta(f.code), `unknown code ${f.code}`);
  assert.notEqual(f.code, 'internal-error', f.message);
  const idx = lines.get(f.file);
  assert.ok(idx, `finding on a file that was not checked: ${f.file}`);
  const { start, end } = f.range;
  for (const p of [start, end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < idx.lineCount, `line ${p.line} outside 0..${idx.lineCount - 1} (${f.code} ${f.file})`);
    const len = idx.lineEnd(p.line) - idx.lineStart(p.line);
    assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= len, `character ${p.character} past line length ${len} (${f.code} ${f.file}:${p.line})`);
  }
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `range ends before it starts (${f.code})`);
  assert.ok(['error', 'warning', 'info'].includes(f.severity));
  assert.equal(typeof f.message, 'string');
}

/** A minimal valid engagement.yaml to sit beside fuzzed files. */
export const ENGAGEMENT = 'kind: engagement\nid: fz\ntitle: Fuzz\ncustomer: C\nstage: bidding\nlanguage: en\n';
