import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dashboardStrings } from '../../../src/extension/dashboard/dashboardStrings';
import { assertZhTranslations, zhParts } from '../helpers/zhTranslations';

describe('dashboard strings', () => {
  it('every English text has a zh-CN translation with the same placeholders', () => {
    assertZhTranslations(dashboardStrings((m) => m), zhParts('dashboard'));
  });

  it('goes through the translate function for every key', () => {
    const seen: string[] = [];
    const out = dashboardStrings((m) => { seen.push(m); return `T:${m}`; });
    assert.equal(seen.length, Object.keys(out).length);
    assert.ok(Object.values(out).every((v) => v.startsWith('T:')));
  });
});
