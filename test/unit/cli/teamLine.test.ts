import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEAM_TEXT, teamLine } from '../../../src/cli/teamStrings';

describe('team report lines', () => {
  it('put English counts in the right number, never "(s)"', () => {
    assert.equal(teamLine('portfolio', 'en', { today: '2026-12-01', count: 1, open: 1 }), 'Portfolio on 2026-12-01: 1 engagement, 1 open');
    assert.equal(teamLine('portfolio', 'en', { today: '2026-12-01', count: 15, open: 9 }), 'Portfolio on 2026-12-01: 15 engagements, 9 open');
    assert.equal(teamLine('findings', 'en', { errors: 0, warnings: 1 }), '0 errors, 1 warning');
    assert.equal(teamLine('person', 'en', { person: 'Alice', engagements: 1, open: 0, won: 1, lost: 0, rate: '100%' }), 'Alice: 1 engagement, 0 open, won 1, lost 0, win rate 100%');
    assert.equal(teamLine('personResearch', 'en', { count: 1, days: '5' }), 'research over the limit: 1 engagement, 5 person-days over');
    assert.equal(teamLine('personResearch', 'en', { count: 2, days: '1' }), 'research over the limit: 2 engagements, 1 person-day over');
    assert.equal(teamLine('gapArea', 'en', { area: 'Mobile', revenue: '5,000,000', count: 1 }), 'Mobile — 5,000,000 at stake in 1 engagement');
    assert.equal(teamLine('gapType', 'en', { type: 'challenge', requirements: 1, engagements: 2, revenue: '9' }), 'challenge: 1 requirement in 2 engagements, 9');
    assert.equal(teamLine('gapWon', 'en', { count: 2, revenue: '3' }), 'also in 2 won engagements (3)');
    assert.equal(teamLine('gapUnbudgeted', 'en', { count: 1 }), 'No budget stated in 1 engagement with gaps (counted as 0).');
    for (const [key, text] of Object.entries(TEAM_TEXT)) assert.doesNotMatch(text.en, /\(s\)/, key);
  });

  it('leave Chinese counts bare: the template carries 个/条', () => {
    assert.equal(teamLine('portfolio', 'zh-CN', { today: '2026-12-01', count: 1, open: 1 }), '2026-12-01 售前项目组合：共 1 个项目，进行中 1 个');
    assert.equal(teamLine('findings', 'zh-CN', { errors: 0, warnings: 1 }), '错误 0，警告 1');
    assert.equal(teamLine('personResearch', 'zh-CN', { count: 1, days: '5' }), '调研超限：1 个项目，共超出 5 人天');
  });
});
