import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkSummary } from '../../../src/extension/commands/checkEngagement';
import { fake } from '../helpers/fakeVscode';
import { setUp } from './commandHarness';

const PARTS = join(__dirname, '../../../l10n/parts');
/** The zh-CN runtime strings, merged from the parts as scripts/build-l10n.mjs does. */
const zhBundle = (): Record<string, string> =>
  Object.assign({}, ...readdirSync(PARTS).filter((n) => n.endsWith('.zh-cn.json')).map((n) => JSON.parse(readFileSync(join(PARTS, n), 'utf8')) as Record<string, string>));

describe('Check Engagement summary', () => {
  it('puts English nouns in the right number', () => {
    assert.equal(checkSummary(3, { error: 3, warning: 8, info: 7 }), '3 engagements checked: 3 errors, 8 warnings, 7 info.');
    assert.equal(checkSummary(1, { error: 1, warning: 1, info: 1 }), '1 engagement checked: 1 error, 1 warning, 1 info.');
    assert.equal(checkSummary(0, { error: 0, warning: 0, info: 0 }), '0 engagements checked: 0 errors, 0 warnings, 0 info.');
  });

  it('reads as natural Chinese in a Chinese session', () => {
    fake.l10nBundle = zhBundle();
    try {
      assert.equal(checkSummary(3, { error: 3, warning: 8, info: 7 }), '已检查 3 个售前项目：3 个错误、8 个警告、7 条提示。');
      assert.equal(checkSummary(1, { error: 1, warning: 0, info: 1 }), '已检查 1 个售前项目：1 个错误、0 个警告、1 条提示。');
    } finally {
      fake.l10nBundle = undefined;
    }
  });

  it('is the toast of presales.checkEngagement, with the store\'s counts', async () => {
    const { run, store } = await setUp({ 'test/integration/workspace/holdout-clinic': 'holdout-clinic' });
    await run('presales.checkEngagement');
    const count = { error: 0, warning: 0, info: 0 };
    for (const f of store.all().flatMap((s) => s.findings)) count[f.severity]++;
    assert.ok(count.warning > 1, 'the fixture has findings to count');
    assert.equal(fake.shownMessages.at(-1), checkSummary(1, count));
    assert.match(fake.shownMessages.at(-1)!, /^1 engagement checked: \d+ errors?, \d+ warnings, \d+ info\.$/);
  });
});
