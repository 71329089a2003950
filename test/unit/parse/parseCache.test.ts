import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkWorkspace } from '../../../src/core/checkWorkspace';
import { ParseCache } from '../../../src/core/parse/parseCache';
import { parseSourceFile } from '../../../src/core/parse/sourceFile';
import { fsFromFolder, TODAY } from '../helpers/checkFixture';

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');
const enc = new TextEncoder();

test('a cached check finds exactly what an uncached one finds, and re-parses nothing unchanged', async () => {
  const fs = fsFromFolder(EXAMPLES);
  const plain = await checkWorkspace(fs, { today: TODAY });
  const cache = new ParseCache();
  const first = await checkWorkspace(fs, { today: TODAY, parse: cache.parse });
  const missesAfterFirst = cache.misses;
  const second = await checkWorkspace(fs, { today: TODAY, parse: cache.parse });
  const findings = (rs: typeof plain) => rs.flatMap((r) => r.findings);
  assert.deepEqual(findings(first), findings(plain));
  assert.deepEqual(findings(second), findings(plain));
  assert.equal(cache.misses, missesAfterFirst);
  assert.equal(cache.hits, missesAfterFirst);
  assert.equal(cache.size, missesAfterFirst);
});

test('an edited file is parsed again; its neighbours are not', () => {
  const cache = new ParseCache();
  const a1 = cache.parse('e/stakeholders.yaml', enc.encode('kind: stakeholders\npeople: []\n'));
  const b1 = cache.parse('e/requirements.yaml', enc.encode('kind: requirements\nitems: []\n'));
  const a2 = cache.parse('e/stakeholders.yaml', enc.encode('kind: stakeholders\npeople: [ ]\n'));
  const b2 = cache.parse('e/requirements.yaml', enc.encode('kind: requirements\nitems: []\n'));
  assert.notEqual(a2, a1);
  assert.equal(b2, b1);
  assert.equal(cache.parseText('e/stakeholders.yaml', 'kind: stakeholders\npeople: [ ]\n'), a2);
});

test('unreadable bytes are never served from the cache', () => {
  const cache = new ParseCache();
  cache.parse('e/x.yaml', new Uint8Array([0xc4, 0xe3]));
  const again = cache.parse('e/x.yaml', new Uint8Array([0xc4, 0xe3]));
  assert.equal(again.unreadable, 'encoding');
  assert.equal(cache.hits, 0);
  cache.delete('e/x.yaml');
  assert.equal(cache.size, 0);
});

test('a cache miss parses the text it decoded: the same file as parseSourceFile of the bytes (BOMs, CRLF, front matter)', () => {
  const BOM = [0xef, 0xbb, 0xbf];
  const cases: [string, number[]][] = [
    ['e/s.yaml', [...BOM, ...enc.encode('kind: stakeholders\r\npeople: []\r\n')]],
    ['e/s.yaml', [...BOM, ...BOM, ...enc.encode('kind: stakeholders\npeople: []\n')]],
    ['e/04-solution/solution.md', [...BOM, ...enc.encode('---\nkind: solution\n---\n# 方案\n\n## Scope\n')]],
    ['e/04-solution/solution.md', [...enc.encode('---\nkind: solution\n# never closed\n')]],
  ];
  for (const [path, bytes] of cases) {
    const want = parseSourceFile(path, new Uint8Array(bytes));
    const got = new ParseCache().parse(path, new Uint8Array(bytes));
    const view = (f: typeof want) => ({ text: f.text, format: f.format, data: f.data, kind: f.kind, headings: f.headings, problems: f.problems, unreadable: f.unreadable, lines: f.lines.lineCount, key: f.yaml?.rangeAt(['kind'], 'key') });
    assert.deepEqual(view(got), view(want), path);
  }
  const doubled = new ParseCache().parse('e/s.yaml', new Uint8Array([...BOM, ...BOM, ...enc.encode('kind: x\n')]));
  assert.equal(doubled.text.charCodeAt(0), 0xfeff, 'only the first BOM is dropped, as before');
});
