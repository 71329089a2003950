import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engagementFacts, isSafePath, validateMessage } from '../../../src/extension/dashboard/messageValidator';
import { acmeStatus } from './statusFixture';

const acme = engagementFacts(['acme/engagement.yaml', 'acme/04-solution/pricing.yaml'], acmeStatus());
const other = engagementFacts(['other/engagement.yaml'], { ...acmeStatus(), stages: [], pitfalls: [], stakeholders: { people: [], coverage: [] } });
const facts = (key: string) => ({ k1: acme, k2: other })[key];
const range = { start: { line: 33, character: 0 }, end: { line: 33, character: 14 } };
const check = (m: unknown) => validateMessage(m, facts);

describe('dashboard message validator', () => {
  it('accepts every well-formed message of a known engagement', () => {
    const good = [
      { type: 'ready' },
      { type: 'ready', key: 'k1' },
      { type: 'pickEngagement', key: 'k2' },
      { type: 'reveal', key: 'k1', file: 'acme/04-solution/pricing.yaml', range },
      { type: 'reveal', key: 'k1', file: 'acme/stakeholders.yaml', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } } },
      { type: 'openDeliverable', key: 'k1', kind: 'stage-summary', path: 'acme/04-solution/summary.md', exists: false },
      { type: 'openStakeholder', key: 'k1', id: 'sun' },
      { type: 'command', key: 'k1', command: 'presales.checkEngagement' },
      { type: 'command', key: 'k1', command: 'presales.advanceStage' },
    ];
    for (const m of good) assert.deepEqual(check(m), m, JSON.stringify(m));
  });

  it('rejects unknown types, unknown engagements and malformed shapes', () => {
    const bad: unknown[] = [
      null, 'ready', 42, [], {}, { type: 'eval', key: 'k1' }, { type: 'READY' }, { type: 'ready', key: 7 },
      { type: 'pickEngagement', key: 'k9' }, { type: 'pickEngagement' }, { type: 'pickEngagement', key: '' },
      { type: 'reveal', key: 'k1', file: 'acme/04-solution/pricing.yaml' },
      { type: 'reveal', key: 'k1', file: 'acme/04-solution/pricing.yaml', range: { start: { line: -1, character: 0 }, end: { line: 1, character: 0 } } },
      { type: 'reveal', key: 'k1', file: 'acme/04-solution/pricing.yaml', range: { start: { line: 5, character: 0 }, end: { line: 4, character: 0 } } },
      { type: 'reveal', key: 'k1', file: 'acme/04-solution/pricing.yaml', range: { start: { line: 1.5, character: 0 }, end: { line: 4, character: 0 } } },
      { type: 'reveal', key: 'k1', file: 'acme/04-solution/pricing.yaml', range: { start: { line: '1', character: 0 }, end: { line: 4, character: 0 } } },
      { type: 'reveal', key: 'k1', file: 'acme/04-solution/pricing.yaml', range, extra: true },
      { type: 'openDeliverable', key: 'k1', kind: 'pricing', path: 'acme/04-solution/pricing.yaml', exists: 'yes' },
      { type: 'openDeliverable', key: 'k1', kind: 'solution', path: 'acme/04-solution/pricing.yaml', exists: true },
      { type: 'openStakeholder', key: 'k1', id: 'nobody' },
      { type: 'openStakeholder', key: 'k2', id: 'sun' },
      { type: 'command', key: 'k1', command: 'workbench.action.terminal.new' },
      { type: 'command', key: 'k1', command: 'presales.checkEngagement', args: ['x'] },
      { type: 'command', key: 'k9', command: 'presales.checkEngagement' },
    ];
    for (const m of bad) assert.equal(check(m), undefined, JSON.stringify(m));
  });

  it('rejects paths that do not belong to the engagement', () => {
    const files = ['other/engagement.yaml', '../acme/04-solution/pricing.yaml', '/etc/passwd', 'acme/../../etc/passwd', 'C:/x.yaml',
      'acme\\04-solution\\pricing.yaml', 'file:///etc/passwd', 'acme//04-solution/pricing.yaml', 'acme/./engagement.yaml', 'acme/secret.yaml'];
    for (const file of files) {
      assert.equal(check({ type: 'reveal', key: 'k1', file, range }), undefined, file);
      assert.equal(check({ type: 'openDeliverable', key: 'k1', kind: 'pricing', path: file, exists: true }), undefined, file);
    }
    // The other engagement's file under the acme key, and acme's under the other key.
    assert.equal(check({ type: 'reveal', key: 'k2', file: 'acme/engagement.yaml', range }), undefined);
    assert.ok(check({ type: 'reveal', key: 'k2', file: 'other/engagement.yaml', range }));
  });

  it('knows what a safe relative path is', () => {
    assert.deepEqual(['a/b.yaml', 'engagement.yaml', '05-bidding/技术偏离表.yaml'].map(isSafePath), [true, true, true]);
    assert.deepEqual(['', '/a', 'a/../b', '..', 'a\\b', 'a\0b', 'c:/a', 'https://x/y', 'a/'].map(isSafePath), Array(9).fill(false));
  });
});
