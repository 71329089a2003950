import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPair, isScalar, parseDocument, Scalar, visit, type Document } from 'yaml';
import { flowScalars, type FlowScalar } from '../../../src/core/validate/flowScalars';

/** The `visit`-based reading the plain walk replaced: the same items, in the same order. */
function visited(doc: Document, base: number): FlowScalar[] {
  const out: FlowScalar[] = [];
  const add = (node: unknown, inMap: boolean) => {
    if (isScalar(node) && node.type === Scalar.PLAIN && typeof node.value === 'string' && node.range) out.push({ start: base + node.range[0], end: base + node.range[1], inMap });
  };
  visit(doc, {
    Seq(_, node) {
      if (node.flow) for (const item of node.items) add(item, false);
    },
    Map(_, node) {
      if (node.flow) for (const pair of node.items) if (isPair(pair) && (pair.value === null || (isScalar(pair.value) && pair.value.value === null))) add(pair.key, true);
    },
  });
  return out;
}

describe('flowScalars', () => {
  it('lists plain flow items and valueless flow keys, nested and in order', () => {
    const text = 'a: [吴磊，郑佳, "q"]\nb:\n  - {x, y: 1, z: }\n  - [[n], {m}]\n';
    assert.deepEqual(
      flowScalars(parseDocument(text), 10).map((s) => [text.slice(s.start - 10, s.end - 10), s.inMap]),
      [['吴磊，郑佳', false], ['x', true], ['z', true], ['n', false], ['m', true]],
    );
  });

  it('fuzz: equals the visit-based reading on random YAML', () => {
    const atoms = ['[', ']', '{', '}', ', ', '，', 'a', '吴磊', ': ', '\n', '  ', '- ', 'k: ', '"x"', '&a ', '*a', '? ', 'null', '~', '[a: b]', '{x, y: }', '!!str '];
    let seed = 5;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: Math.floor(next() * 20) }, () => atoms[Math.floor(next() * atoms.length)]).join('');
      const doc = parseDocument(text, { uniqueKeys: false });
      assert.deepEqual(flowScalars(doc, 3), visited(doc, 3), JSON.stringify(text));
    }
  });
});
