import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { DRAIN_TOKENS, markdownHeadingsCounted } from '../../../src/core/parse/markdownHeadings';

const whole = new MarkdownIt('commonmark');
/** Headings of the body from one plain parse that keeps every token: what draining must reproduce. */
function reference(body: string): string[] {
  const tokens = whole.parse(body, {});
  return tokens.flatMap((t, i) => (t.type === 'heading_open' && t.map ? [`${t.map[0]}:${t.tag}:${tokens[i + 1].content.replace(/\s+/g, ' ').trim()}`] : []));
}
const drained = (body: string, drainAt: number) =>
  markdownHeadingsCounted(body, 0, drainAt).headings.map((h) => `${h.line}:h${h.level}:${h.text}`);

// Lines that open, close or continue every block kind whose extent could matter to a heading.
const LINES = ['# A 现状描述', '## B', 'text', '', '```', '````', '~~~', '  ```', '- item', '- ', '* x', '1. one', '> quote', '    code', '===', '---',
  '- - -', '<!--', '-->', '<!-- one line -->', '  - nested', '  text', '> # quoted', '```js', '~~~~', '</div>', '<div>', '<script>', '</script>',
  '<pre>', '</pre>', '<?php', '?>', '<![CDATA[', ']]>', '\t# tab', '#5 not a heading', '#', 'Setext', '  # indented'];

test('draining tokens at every block start finds exactly the headings of a whole parse (fuzz, drained after every block)', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 60 }), fc.integer({ min: 1, max: 4 }), (lines, drainAt) => {
      const body = lines.join('\n') + '\n';
      assert.deepEqual(drained(body, drainAt), reference(body));
    }),
    { seed: 20261201, numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
  );
});

test('a 4 MB body that is one top-level list (one item a line, or one item of many paragraphs) is drained too', () => {
  const items = 1024 * 1024;
  const list = markdownHeadingsCounted(`- x\n`.repeat(items - 1) + '- # A 现状描述\n', 0);
  assert.deepEqual(list.headings, [{ level: 1, text: 'A 现状描述', line: items - 1 }]);
  // Five tokens an item (list_item_open, paragraph_open, inline, paragraph_close, list_item_close).
  assert.ok(list.drains >= Math.floor((5 * items) / DRAIN_TOKENS) - 1, `drains ${list.drains}`);
  const paragraphs = 512 * 1024;
  const oneItem = markdownHeadingsCounted(`- start\n${'\n  para\n'.repeat(paragraphs)}\n  ## B 问题诊断\n`, 0);
  assert.deepEqual(oneItem.headings, [{ level: 2, text: 'B 问题诊断', line: 2 * paragraphs + 2 }]);
  assert.ok(oneItem.drains >= Math.floor((3 * paragraphs) / DRAIN_TOKENS) - 1, `drains ${oneItem.drains}`);
});

test('a 4 MB body of `#` lines keeps at most DRAIN_TOKENS tokens at a time, and every heading is found', () => {
  const count = 2 * 1024 * 1024;
  const { headings, drains } = markdownHeadingsCounted('#\n'.repeat(count), 3);
  assert.equal(headings.length, count);
  assert.deepEqual(headings[count - 1], { level: 1, text: '', line: count - 1 + 3 });
  // Three tokens a heading: the array was emptied each time it reached DRAIN_TOKENS.
  assert.equal(drains, Math.floor((3 * count - 1) / DRAIN_TOKENS));
});
