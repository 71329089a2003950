import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildExportDocument, EXPORT_KINDS } from '../../../src/core/export/buildExport';
import { imageSources, type ExportDocument } from '../../../src/core/export/exportDocument';
import { renderHtml } from '../../../src/core/export/renderHtml';
import { loadFolder, readImages } from './loadFolder';

const BASE = join(__dirname, '../../fixtures/export');
const GOLDEN = join(BASE, 'golden');
const T = new Date('2026-12-01T00:00:00Z');

/** Compares with the golden file; `UPDATE_GOLDEN=1` rewrites it (review the diff before committing). */
function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `${name} differs from its golden file`);
}

describe('HTML export', () => {
  const zh = loadFolder(join(BASE, 'zh-bid'), BASE);
  const en = loadFolder(join(BASE, 'northwind-erp'), BASE); // a snapshot of the example, so example edits never move these goldens
  for (const what of EXPORT_KINDS) {
    it(`matches the golden ${what} (zh-CN fixture)`, () => {
      const doc = buildExportDocument(zh, what);
      golden(`zh-bid-${what}.html`, renderHtml(doc, { timestamp: T, images: readImages(imageSources(doc), BASE) }));
    });
    it(`matches the golden ${what} (northwind-erp snapshot, en)`, () => {
      golden(`northwind-${what}.html`, renderHtml(buildExportDocument(en, what), { timestamp: T }));
    });
  }

  it('prints on A4 with page numbers, repeated table headers and a CJK font stack, loading nothing', () => {
    const html = renderHtml(buildExportDocument(zh, 'deviation-table'), { timestamp: T });
    assert.match(html, /@page \{ size: A4;[^}]*@bottom-center \{ content: counter\(page\) " \/ " counter\(pages\)/);
    assert.match(html, /thead \{ display: table-header-group; \}/);
    assert.match(html, /font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun/);
    assert.equal((html.match(/<thead>/g) ?? []).length, 2);
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//);
    assert.doesNotMatch(html, /<link|<script/);
  });

  it('embeds images as data URIs and shows a missing one as text', () => {
    const doc = buildExportDocument(zh, 'solution');
    const png = readFileSync(join(BASE, 'zh-bid/04-solution/images/architecture.png'));
    assert.ok(renderHtml(doc, { timestamp: T, images: readImages(imageSources(doc), BASE) }).includes(`<img src="data:image/png;base64,${png.toString('base64')}" alt="总体架构图">`));
    assert.match(renderHtml(doc, { timestamp: T }), /<p class="missing">\[图片缺失: 总体架构图\]<\/p>/);
  });

  it('escapes every text and keeps only web links clickable', () => {
    const doc: ExportDocument = {
      title: '<script>alert(1)</script>',
      language: 'en',
      meta: [{ label: 'a"b', value: "<img src=x onerror='y'>" }],
      blocks: [{ type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }, { text: 'y', href: 'https://example.com/?a=1&b="2"' }] }],
    };
    const html = renderHtml(doc, { timestamp: T });
    assert.doesNotMatch(html, /<script>|<img src=x|javascript:/);
    assert.ok(html.includes('<a href="https://example.com/?a=1&#38;b=&#34;2&#34;">y</a>'));
  });

  it('inlines a company stylesheet after the built-in one, minus imports and remote urls', () => {
    const css = '@import url("https://cdn.example.com/x.css");\nh1 { color: #c00; background: url(https://t.example.com/p.png); }\n</style><script>';
    const html = renderHtml(buildExportDocument(zh, 'bid-summary'), { timestamp: T, css });
    assert.match(html, /\/\* company stylesheet \*\/\n\nh1 \{ color: #c00; background: none; \}\n<\\\/style><script>\n<\/style>/);
    assert.doesNotMatch(html, /example\.com/);
  });
});
