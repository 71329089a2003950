import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** The zh-CN translations of the named `l10n/parts/<name>.zh-cn.json` files, merged in order. */
export function zhParts(...names: string[]): Record<string, string> {
  const part = (name: string) => JSON.parse(readFileSync(new URL(`../../../l10n/parts/${name}.zh-cn.json`, import.meta.url), 'utf8')) as Record<string, string>;
  return Object.assign({}, ...names.map(part)) as Record<string, string>;
}

const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();

/**
 * Asserts that every English UI string (the values of a `…Strings((m) => m)` table) has a zh-CN translation
 * with the same `{n}` placeholders that really is Chinese (a lone `{0}%` may stay as it is, a list pair is `{0}、{1}`).
 */
export function assertZhTranslations(english: Record<string, string>, zh: Record<string, string>): void {
  for (const en of Object.values(english)) {
    assert.ok(zh[en], `no zh-CN for "${en}"`);
    assert.equal(placeholders(zh[en]), placeholders(en), en);
    // Chinese words, or a template of placeholders and full-width punctuation only (the list pair "{0}、{1}").
    assert.match(zh[en], /[\u4e00-\u9fff]|^\{0\}%$|^(\{\d\}|[\u3000-\u303f\uff00-\uffef])+$/, `"${zh[en]}" is not Chinese`);
  }
}
