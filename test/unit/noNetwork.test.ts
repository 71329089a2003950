// The product never touches the network: no networking module is imported by the sources or the bundles,
// and nothing calls fetch/XMLHttpRequest/WebSocket. (docs/security.md, "No network access".)
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici'];
const IMPORT = new RegExp(`(?:require\\(\\s*|from\\s+|import\\(\\s*)["'](?:node:)?(${MODULES.join('|')})(?:/[^"']*)?["']`, 'g');
const CALL = /(?:^|[^.\w$])(fetch|XMLHttpRequest|WebSocket|EventSource)\s*\(|new\s+(?:XMLHttpRequest|WebSocket|EventSource)\b|navigator\.sendBeacon/g;

function filesBelow(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesBelow(p, ext) : ext.test(name) ? [p] : [];
  });
}

function offenders(files: string[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const re of [IMPORT, CALL]) {
      for (const m of text.matchAll(re)) {
        const line = text.slice(0, m.index).split('\n').length;
        out.push(`${relative(ROOT, file)}:${line}: ${m[0].trim()}`);
      }
    }
  }
  return out;
}

test('no source file imports a networking module or calls fetch', () => {
  const files = filesBelow(join(ROOT, 'src'), /\.ts$/);
  assert.ok(files.length > 10, 'src/ should be scanned');
  assert.deepEqual(offenders(files), []);
});

/** The built bundles; the unit layer of `npm test` builds first, so a missing bundle is a failure, not a skip. */
function bundle(rel: string): string {
  const file = join(ROOT, 'dist', rel);
  assert.ok(existsSync(file), `dist/${rel} is missing: run \`npm run build\` first (npm test does)`);
  return file;
}

test('the built bundles contain no networking require or fetch call', () => {
  const bundles = ['extension.js', 'web/extension.js', 'cli.js', 'webview.js'].map(bundle);
  assert.deepEqual(offenders(bundles), []);
});

test('the scanner itself catches what it is meant to catch', () => {
  const probe = [`require("https")`, `import x from 'node:net'`, `await fetch(url)`, `new WebSocket(u)`, `require('tls')`].join('\n');
  const hits = [...probe.matchAll(IMPORT), ...probe.matchAll(CALL)].length;
  assert.equal(hits, 5);
  assert.equal([...'obj.fetch(x); prefetch(y); const fetchAll = 1'.matchAll(CALL)].length, 0);
});

test('the browser bundle needs no Node built-in module', () => {
  const text = readFileSync(bundle('web/extension.js'), 'utf8');
  // A require call in code, not one quoted inside a string (Ajv keeps such strings for its code generator).
  const requires = [...text.matchAll(/(?<!['"`])\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]).filter((m) => m !== 'vscode');
  assert.deepEqual(requires, []);
});
