import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParseCache } from '../../../src/core/parse/parseCache';
import { releaseMarkdownBody } from '../../../src/core/parse/releaseBody';
import { parseSourceFile, rangeIn } from '../../../src/core/parse/sourceFile';

const FRONT = '---\nkind: solution\nstage: solution\nstatus: draft\nowner: 王 — Li\n---\n';
const BODY = '# 方案 — Solution\n\nText with an em dash — and 中文。\n\n## B Problem\n\nMore.\n';

describe('releaseMarkdownBody', () => {
  it('keeps records, headings and exact front-matter ranges; text becomes the front matter', () => {
    const file = parseSourceFile('e/solution.md', FRONT + BODY);
    const before = { data: file.data, kind: file.kind, headings: file.headings, problems: file.problems };
    const ranges = (['kind', 'status', 'owner'] as const).flatMap((k) => [rangeIn(file, [k], 'key'), rangeIn(file, [k], 'value')]);
    assert.equal(releaseMarkdownBody(file), true);
    assert.equal(file.bodyReleased, true);
    assert.equal(file.text, FRONT);
    assert.deepEqual({ data: file.data, kind: file.kind, headings: file.headings, problems: file.problems }, before);
    assert.deepEqual((['kind', 'status', 'owner'] as const).flatMap((k) => [rangeIn(file, [k], 'key'), rangeIn(file, [k], 'value')]), ranges);
    assert.deepEqual(rangeIn(file, ['owner'], 'value'), { start: { line: 4, character: 7 }, end: { line: 4, character: 13 } });
    assert.equal(releaseMarkdownBody(file), false, 'released once');
  });

  it('leaves YAML files and bodiless Markdown alone; Markdown without front matter keeps its first line', () => {
    const yaml = parseSourceFile('e/engagement.yaml', 'kind: engagement\ntitle: T\n');
    assert.equal(releaseMarkdownBody(yaml), false);
    assert.equal(yaml.text, 'kind: engagement\ntitle: T\n');
    const bodiless = parseSourceFile('e/a.md', FRONT);
    assert.equal(releaseMarkdownBody(bodiless), false);
    assert.equal(bodiless.bodyReleased, undefined);
    const bare = parseSourceFile('e/notes.md', '# Notes\n\ntext\n');
    const firstLine = rangeIn(bare, ['kind']);
    assert.equal(releaseMarkdownBody(bare), true);
    assert.equal(bare.text, '# Notes\n');
    assert.deepEqual(bare.headings, [{ level: 1, text: 'Notes', line: 0 }]);
    assert.deepEqual(rangeIn(bare, ['kind']), firstLine);
    assert.deepEqual(firstLine, { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } });
  });

  it('a released parse is never a cache hit: the next parse reads the whole text again', () => {
    const cache = new ParseCache();
    const bytes = new TextEncoder().encode(FRONT + BODY);
    const first = cache.parse('e/solution.md', bytes);
    releaseMarkdownBody(first);
    const again = cache.parse('e/solution.md', bytes);
    assert.notEqual(again, first);
    assert.equal(again.text, FRONT + BODY);
    assert.equal(again.bodyReleased, undefined);
    // Even a file that is exactly its front matter now (the prefix matches) is parsed again.
    const shrunk = cache.parseText('e/solution.md', FRONT);
    assert.equal(shrunk.bodyReleased, undefined);
    assert.equal(cache.misses, 3);
  });
});
