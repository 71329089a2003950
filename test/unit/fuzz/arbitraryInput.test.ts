// Arbitrary bytes, YAML documents and Markdown: the core never throws and every finding is well-formed.
import { test } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { KIND_SPECS } from '../../../src/core/method/kinds';
import { MemoryFs } from '../helpers/memoryFs';
import { checkStrict, ENGAGEMENT, runs, SEED } from './fuzzHarness';

const KINDS = Object.keys(KIND_SPECS);
const property = (n: number) => ({ seed: SEED, numRuns: runs(n), endOnFailure: true });

test('arbitrary bytes as a YAML file and as a Markdown file', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.boolean(), async (bytes, md) => {
      await checkStrict(new MemoryFs({ 'e/engagement.yaml': ENGAGEMENT, [md ? 'e/x.md' : 'e/x.yaml']: bytes }));
    }),
    property(400),
  );
});

test('arbitrary bytes as engagement.yaml itself', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
      await checkStrict(new MemoryFs({ 'e/engagement.yaml': bytes }));
    }),
    property(200),
  );
});

test('arbitrary YAML documents (fc.anything → yaml.stringify), with and without a known kind', async () => {
  const doc = fc.oneof(
    fc.anything({ maxDepth: 3 }),
    fc.record({ kind: fc.constantFrom(...KINDS), body: fc.dictionary(fc.string(), fc.anything({ maxDepth: 3 }), { maxKeys: 4 }) }).map((r) => ({ kind: r.kind, ...r.body })),
    fc.record({ kind: fc.constantFrom(...KINDS), list: fc.constantFrom('people', 'items', 'lines', 'scoring'), rows: fc.array(fc.dictionary(fc.constantFrom('id', 'name', 'type', 'date', 'stage', 'kano', 'status', 'reasonable', 'source', 'mark', 'deviation', 'response', 'with', 'follow_up', 'effort_days', 'qty', 'unit_price', 'req', 'last_contact', 'concerns', 'influence', 'result'), fc.anything({ maxDepth: 2 })), { maxLength: 4 }) }).map((r) => ({ kind: r.kind, [r.list]: r.rows })),
  );
  await fc.assert(
    fc.asyncProperty(doc, fc.boolean(), async (value, asMarker) => {
      let text: string;
      try {
        text = stringify(value);
      } catch {
        return; // a value yaml cannot write (e.g. a symbol) is not an input a writer can produce
      }
      const files: Record<string, string> = asMarker ? { 'e/engagement.yaml': `kind: engagement\n${text}`, 'e/stakeholders.yaml': 'kind: stakeholders\npeople: []\n' } : { 'e/engagement.yaml': ENGAGEMENT, 'e/x.yaml': text };
      await checkStrict(new MemoryFs(files));
    }),
    property(600),
  );
});

test('arbitrary Markdown built from meaningful pieces', async () => {
  const piece = fc.constantFrom('---\n', 'kind: solution\n', 'kind: stage-summary\n', 'stage: bidding\n', '...\n', '# ', '## ', '### ', 'A ', 'H 案例罗列', '解决方案', '```\n', '~~~', '- ', '> ', '| a | b |\n|---|---|\n', '\n', '\r\n', '\r', '\t', ' ', '\u0000', '\uFEFF', '😀', 'x', '[l](u)', '<div>', '===\n');
  await fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 60 }), async (parts) => {
      await checkStrict(new MemoryFs({ 'e/engagement.yaml': ENGAGEMENT, 'e/04-solution/solution.md': parts.join('') }));
    }),
    property(400),
  );
});
