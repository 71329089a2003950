import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const REPO = join(__dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : name.endsWith('.ts') ? [p] : [];
  });
}

/** `file:line` of every line of the folders matching `pattern`. */
function hits(folders: string[], pattern: RegExp): string[] {
  return folders.flatMap((f) => tsFiles(join(REPO, f))).flatMap((p) =>
    readFileSync(p, 'utf8').split('\n').flatMap((line, i) => (pattern.test(line) ? [`${relative(REPO, p)}:${i + 1}`] : [])),
  );
}

// Issue #10: only src/core/model reads raw YAML for meaning; rules and status read typed records.
describe('one typed reading', () => {
  it('rules and status never check raw YAML shapes', () => {
    assert.deepEqual(hits(['src/core/rules', 'src/core/status'], /isRecord|typeof [^=]+ === 'string'/), []);
  });

  it('rules and status never read a parsed file\'s raw value', () => {
    assert.deepEqual(hits(['src/core/rules', 'src/core/status'], /\bfile\.data\b|\.yaml\.value\b/), []);
  });
});
