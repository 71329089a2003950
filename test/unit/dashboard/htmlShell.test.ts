import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageShell } from '../../../src/extension/dashboard/dashboardHtml';
import { escapeAttr, htmlShell } from '../../../src/html/htmlShell';

describe('the one HTML shell (webview pages and the CLI portfolio page)', () => {
  it('lays out doctype, lang, charset, CSP, viewport, the head lines, then the body lines', () => {
    assert.equal(htmlShell({ lang: 'zh-CN', csp: "default-src 'none'", head: ['<title>T</title>'], body: ['<h1>T</h1>', '<p>x</p>'] }), [
      '<!DOCTYPE html>',
      '<html lang="zh-CN">',
      '<head>',
      '<meta charset="utf-8">',
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<title>T</title>',
      '</head>',
      '<body>',
      '<h1>T</h1>',
      '<p>x</p>',
      '</body>',
      '</html>',
    ].join('\n'));
  });

  it('escapes the language, the policy and the body class it is given', () => {
    const html = htmlShell({ lang: '"><script>', csp: '"><b>', head: [], bodyClass: 'a" onload="x', body: [] });
    assert.doesNotMatch(html, /<script|<b>|onload="/);
    assert.match(html, /<body class="a&quot; onload=&quot;x">/);
    assert.equal(escapeAttr(`<a href="x" title='y'>&</a>`), `&lt;a href=&quot;x&quot; title='y'&gt;&amp;&lt;/a&gt;`);
  });

  it('a webview page: its stylesheets in order in the head, the root and the nonce script in the body', () => {
    const html = pageShell({ cspSource: 'https://x', scriptUri: 'https://x/dist/matrix.js', styleUris: ['https://x/media/table.css', 'https://x/media/matrix.css'], nonce: 'n0', lang: 'en' });
    assert.ok(html.includes([
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<link rel="stylesheet" href="https://x/media/table.css">',
      '<link rel="stylesheet" href="https://x/media/matrix.css">',
      '</head>',
      '<body>',
      '<main id="root"></main>',
      '<script nonce="n0" src="https://x/dist/matrix.js"></script>',
      '</body>',
      '</html>',
    ].join('\n')));
  });
});
