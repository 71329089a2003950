import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IdKind } from '../../../src/core/model/idSite';
import { proseMentions } from '../../../src/core/model/proseMentions';
import { parseSourceFile } from '../../../src/core/parse/sourceFile';

const known = (...ids: string[]) => new Map<string, IdKind>(ids.map((id) => [id, 'requirement']));
const mentions = (text: string, ids: ReadonlyMap<string, IdKind>) =>
  proseMentions(parseSourceFile('04-solution/solution.md', text), ids).map((s) => `${s.id}@${s.range.start.line}:${s.range.start.character}`);

describe('proseMentions reads the raw text only where an id prefix occurs', () => {
  it('finds a mention thousands of lines below the last one, and none after the last prefix', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `第${i}行：接口与报表。`).join('\n');
    const text = `---\nkind: solution\n---\n# T\n\nREQ-001 开篇。\n${filler}\n结尾回应 REQ-002 与 REQ-001。\n`;
    assert.deepEqual(mentions(text, known('REQ-001', 'REQ-002')), ['REQ-001@5:0', 'REQ-002@3006:5', 'REQ-001@3006:15']);
    assert.deepEqual(mentions('no ids here\n', known('REQ-001')), []);
  });

  it('an id split by a comment, inside one, in code or in a heading is no mention; one after a comment is', () => {
    const text = ['RE<!-- x -->Q-001', '<!-- REQ-001 -->', '```', 'REQ-001', '```', '# REQ-001', 'seen <!-- c --> REQ-001.'].join('\n');
    assert.deepEqual(mentions(text, known('REQ-001')), ['REQ-001@6:16']);
  });

  it('with more than 32 id prefixes every line is read', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `X${String(i).padStart(2, '0')}-1`);
    assert.deepEqual(mentions('a\nsee X39-1 and X00-1\n', known(...ids)), ['X39-1@1:4', 'X00-1@1:14']);
  });
});
