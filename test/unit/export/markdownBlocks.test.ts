import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveImagePath } from '../../../src/core/export/imagePath';
import { markdownBlocks } from '../../../src/core/export/markdownBlocks';

const local = (src: string) => resolveImagePath('eng', 'eng/04-solution', src);

describe('markdownBlocks', () => {
  it('drops front matter, HTML comments and raw HTML, keeps the customer-visible text', () => {
    const md = '---\nkind: solution\nowner: x\n---\n# T\n\n<!-- internal\nnote -->\n\nA <!-- hidden --> B\n\n<div>raw</div>\n';
    assert.deepEqual(markdownBlocks(md, local), [
      { type: 'heading', level: 1, content: [{ text: 'T' }] },
      { type: 'paragraph', content: [{ text: 'A  B' }] },
    ]);
  });

  it('lifts a local image after its paragraph and never fetches a remote one', () => {
    assert.deepEqual(markdownBlocks('See ![arch](img/a.png) and ![cdn](https://x.test/b.png)\n', local), [
      { type: 'paragraph', content: [{ text: 'See  and ' }, { text: 'cdn', italic: true, href: 'https://x.test/b.png' }] },
      { type: 'image', src: 'eng/04-solution/img/a.png', alt: 'arch' },
    ]);
  });

  it('keeps ordered lists with their start, nesting and table alignment', () => {
    const blocks = markdownBlocks('3. a\n4. b\n   - c\n\n| x | y |\n|:-:|--:|\n| 1 | 2 |\n', local);
    assert.deepEqual(blocks[0], {
      type: 'list', ordered: true, start: 3,
      items: [[{ type: 'paragraph', content: [{ text: 'a' }] }], [{ type: 'paragraph', content: [{ text: 'b' }] }, { type: 'list', ordered: false, items: [[{ type: 'paragraph', content: [{ text: 'c' }] }]] }]],
    });
    assert.deepEqual(blocks[1], { type: 'table', header: [[{ text: 'x' }], [{ text: 'y' }]], rows: [[[{ text: '1' }], [{ text: '2' }]]], align: ['center', 'right'] });
  });
});

describe('resolveImagePath', () => {
  it('resolves relative paths inside the engagement and refuses everything else', () => {
    assert.equal(local('img/a.png'), 'eng/04-solution/img/a.png');
    assert.equal(local('./img/a%20b.png?x=1'), 'eng/04-solution/img/a b.png');
    assert.equal(local('../shared/logo.png'), 'eng/shared/logo.png');
    for (const bad of ['../../other/x.png', '/etc/passwd', 'C:/x.png', 'file:///x.png', 'https://x/y.png', 'data:image/png;base64,AA', 'a\\b.png', '', '%E0%A4%A']) {
      assert.equal(local(bad), undefined, bad);
    }
    assert.equal(resolveImagePath('', 'doc', '../x.png'), 'x.png');
    assert.equal(resolveImagePath('', '', '../x.png'), undefined);
  });
});
