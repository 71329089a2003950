// The parser runs inside hosts that are already deep in their own call stack (the extension host). Whatever
// the depth, a file at the nesting limit must parse or give a finding — never throw, never abort the process.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_NESTING } from '../../../src/core/parse/nestingGuard';
import { parseSourceFile } from '../../../src/core/parse/sourceFile';

const DOCS = [
  `kind: x\na: ${'['.repeat(MAX_NESTING - 1)}${']'.repeat(MAX_NESTING - 1)}`,
  `kind: x\na: ${'{a: '.repeat(MAX_NESTING - 2)}1${'}'.repeat(MAX_NESTING - 2)}`,
  `kind: x\na: &a !!seq ${'['.repeat(MAX_NESTING - 1)}${']'.repeat(MAX_NESTING - 1)}`,
  Array.from({ length: MAX_NESTING - 1 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' v',
];

/** How many frames of a small function fit on the stack from here. */
function freeFrames(): number {
  let n = 0;
  const dive = (): void => {
    n++;
    dive();
  };
  try {
    dive();
  } catch {
    // The overflow is the measurement.
  }
  return n;
}

function parseAtDepth(depth: number, text: string): string {
  if (depth > 0) return parseAtDepth(depth - 1, text);
  const f = parseSourceFile('e/x.yaml', text);
  return f.problems.length === 0 ? 'parsed' : f.problems.map((p) => p.code).join();
}

test('at every call depth, a document at the nesting limit parses or yields a finding, never a throw', () => {
  const free = freeFrames();
  const outcomes = new Map<string, number>();
  for (let depth = 0; depth < free; depth += Math.ceil(free / 400)) {
    for (const doc of DOCS) {
      let outcome: string;
      try {
        outcome = parseAtDepth(depth, doc);
      } catch (err) {
        // Only the recursion of this test itself may overflow, before the parser is reached.
        if (!(err instanceof RangeError)) throw err;
        outcome = 'test-overflow';
      }
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      if (depth < free / 2) assert.equal(outcome, 'parsed', `depth ${depth} of ${free}`);
    }
  }
  assert.ok([...outcomes.keys()].every((o) => o === 'parsed' || o === 'test-overflow' || /RESOURCE_EXHAUSTION|PARSE_FAILURE/.test(o)), [...outcomes.keys()].join(' '));
});
