import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dashboardCsp, makeNonce, pageShell } from '../../../src/extension/dashboard/dashboardHtml';

const page = { cspSource: 'https://*.vscode-cdn.net', scriptUri: 'https://x.vscode-cdn.net/dist/webview.js', styleUris: ['https://x.vscode-cdn.net/media/dashboard.css'], nonce: 'abc123', lang: 'zh-CN' };

describe('dashboard page', () => {
  it('has a strict CSP: nothing by default, our styles and fonts, script by nonce only', () => {
    assert.equal(dashboardCsp(page.cspSource, 'abc123'),
      "default-src 'none'; style-src https://*.vscode-cdn.net; script-src 'nonce-abc123'; font-src https://*.vscode-cdn.net; img-src https://*.vscode-cdn.net data:");
    const html = pageShell(page);
    assert.ok(html.includes(`content="${dashboardCsp(page.cspSource, 'abc123')}"`));
    assert.doesNotMatch(html, /unsafe-(eval|inline)|https?:\/\/(?!x\.vscode-cdn\.net|\*\.vscode-cdn\.net)/);
  });

  it('loads one script, with the nonce, and no inline script, style or handler', () => {
    const html = pageShell(page);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.deepEqual(scripts, ['<script nonce="abc123" src="https://x.vscode-cdn.net/dist/webview.js">']);
    assert.match(html, /<\/script>/);
    assert.doesNotMatch(html, /<script[^>]*>[^<]+<\/script>|<style|\sstyle=|\son\w+=/);
    assert.match(html, /<html lang="zh-CN">/);
  });

  it('escapes attribute values', () => {
    const html = pageShell({ ...page, lang: '"><script>alert(1)</script>' });
    assert.equal((html.match(/<script/g) ?? []).length, 1);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const a = makeNonce();
    assert.match(a, /^[0-9a-f]{32}$/);
    assert.notEqual(a, makeNonce());
  });
});
