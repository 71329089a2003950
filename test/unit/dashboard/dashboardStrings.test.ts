import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { dashboardStrings } from '../../../src/extension/dashboard/dashboardStrings';

const zh = JSON.parse(readFileSync(new URL('../../../l10n/parts/dashboard.zh-cn.json', import.meta.url), 'utf8')) as Record<string, string>;
const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();

describe('dashboard strings', () => {
  it('every English text has a zh-CN translation with the same placeholders', () => {
    for (const en of Object.values(dashboardStrings((m) => m))) {
      assert.ok(zh[en], `no zh-CN for "${en}"`);
      assert.equal(placeholders(zh[en]), placeholders(en), en);
      assert.match(zh[en], /[\u4e00-\u9fff]|^\{0\}%$/, `"${zh[en]}" is not Chinese`);
    }
  });

  it('goes through the translate function for every key', () => {
    const seen: string[] = [];
    const out = dashboardStrings((m) => { seen.push(m); return `T:${m}`; });
    assert.equal(seen.length, Object.keys(out).length);
    assert.ok(Object.values(out).every((v) => v.startsWith('T:')));
  });
});
