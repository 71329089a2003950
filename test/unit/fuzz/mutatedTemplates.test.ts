// Truncated and mutated copies of every template and example file: the core never throws, findings stay in range.
import { test } from 'node:test';
import { join } from 'node:path';
import fc from 'fast-check';
import { ParseCache } from '../../../src/core/parse/parseCache';
import { MemoryFs } from '../helpers/memoryFs';
import { checkStrict, filesBelow, REPO, runs, SEED } from './fuzzHarness';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Byte-level and line-level mutations a writer (or a bad merge) can produce. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.nat({ max: 40 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(':', '- ', '\n', '  ', '"', "'", '{', '[', '&a', '*a', '!!js/function', '---\n', '#', '\t', '★', '\uFFFD')) }),
  fc.record({ op: fc.constant('dupLine' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('flipByte' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(bytes: Uint8Array, m: Mutation): Uint8Array {
  const n = bytes.byteLength;
  if (m.op === 'flipByte') {
    const out = bytes.slice();
    if (n) out[m.at % n] ^= 1 << m.bit;
    return out;
  }
  const text = decoder.decode(bytes);
  const at = text.length ? m.at % (text.length + 1) : 0;
  if (m.op === 'truncate') return encoder.encode(text.slice(0, at));
  if (m.op === 'delete') return encoder.encode(text.slice(0, at) + text.slice(at + m.len));
  if (m.op === 'insert') return encoder.encode(text.slice(0, at) + m.text + text.slice(at));
  const lines = text.split('\n');
  const i = m.at % lines.length;
  return encoder.encode([...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join('\n'));
}

for (const [label, folder] of [
  ['examples/northwind-erp', join(REPO, 'examples', 'northwind-erp')],
  ['examples/acme-his', join(REPO, 'examples', 'acme-his')],
  ['templates/en', join(REPO, 'templates', 'en')],
  ['templates/zh-CN', join(REPO, 'templates', 'zh-CN')],
] as const) {
  test(`mutated copies of every file of ${label}`, async () => {
    const original = filesBelow(folder);
    const paths = [...original.keys()];
    if (paths.length === 0) return;
    const cache = new ParseCache(); // unchanged files parse once
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (path, ms) => {
        const fs = new MemoryFs();
        for (const [p, b] of original) fs.write(`e/${p}`, b);
        fs.write(`e/${path}`, ms.reduce(apply, original.get(path)!));
        await checkStrict(fs, cache);
      }),
      { seed: SEED, numRuns: runs(Math.max(100, paths.length * 20)), endOnFailure: true },
    );
  });
}
