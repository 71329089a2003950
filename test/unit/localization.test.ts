import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '..', '..');
const json = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as Record<string, unknown>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every zh-CN translation of the runtime bundle's parts (the bundle itself is generated from them). */
function zhParts(): Record<string, string> {
  const dir = join(ROOT, 'l10n', 'parts');
  return Object.assign({}, ...readdirSync(dir).filter((n) => n.endsWith('.zh-cn.json')).map((n) => json(join('l10n', 'parts', n))));
}

describe('localization', () => {
  it('resolves every %key% of the manifest in English and Chinese', () => {
    const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 30, 'the manifest should be localized');
    const en = json('package.nls.json');
    const zh = json('package.nls.zh-cn.json');
    assert.deepEqual(keys.filter((k) => !(k in en)), []);
    assert.deepEqual(keys.filter((k) => !(k in zh)), []);
    assert.deepEqual(Object.keys(en).filter((k) => !(k in zh)), []);
  });

  it('translates every vscode.l10n.t string of the extension into zh-CN', () => {
    const zh = zhParts();
    const used = new Set<string>();
    for (const file of sources(join(ROOT, 'src', 'extension'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1].replace(/\\'/g, "'"));
    }
    assert.ok(used.size > 50, `found only ${used.size} l10n.t strings`);
    const missing = [...used].filter((k) => typeof zh[k] !== 'string' || zh[k] === '');
    assert.deepEqual(missing, []);
  });

  it('ships a template for every kind in both languages', () => {
    for (const lang of ['zh-CN', 'en']) {
      const files: string[] = [];
      const walk = (d: string) => readdirSync(d).forEach((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : files.push(join(d, n))));
      walk(join(ROOT, 'templates', lang));
      const kinds = new Set(files.map((f) => /^(?:---\n)?kind: ([\w-]+)/m.exec(readFileSync(f, 'utf8'))?.[1]));
      for (const k of ['engagement', 'stakeholders', 'requirements', 'activities', 'reviews', 'interface-form', 'intro-deck', 'stage-summary', 'research-plan', 'research-report', 'solution', 'pricing', 'tender', 'deviation-table', 'bid-control', 'technical-bid', 'commercial-bid', 'closure-report']) {
        assert.ok(kinds.has(k), `${lang} has no template of kind ${k}`);
      }
    }
  });
});
