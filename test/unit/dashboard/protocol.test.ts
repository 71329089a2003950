import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { dashboardModel } from '../../../src/extension/dashboard/dashboardModel';
import { dashboardStrings } from '../../../src/extension/dashboard/dashboardStrings';
import { engagementFacts, validateMessage } from '../../../src/extension/dashboard/messageValidator';
import { DASHBOARD_COMMANDS, type HostMessage, type WebviewMessage } from '../../../src/webview/protocol';
import { acmeStatus } from './statusFixture';

/** postMessage uses structured clone; JSON is stricter (no undefined, no Map), so passing it is enough. */
const wire = <T>(m: T): T => JSON.parse(JSON.stringify(m)) as T;

describe('dashboard protocol', () => {
  it('host messages survive the wire unchanged', () => {
    const state = dashboardModel(acmeStatus(), 'file:///ws#acme', 'zh-CN');
    const msgs: HostMessage[] = [
      { type: 'snapshot', state, strings: dashboardStrings((m) => m), engagements: [{ key: 'file:///ws#acme', label: '某市' }] },
      { type: 'update', state },
    ];
    for (const m of msgs) assert.deepEqual(wire(m), m);
    assert.deepEqual(structuredClone(msgs[0]), msgs[0]);
  });

  it('webview messages survive the wire and the validator unchanged', () => {
    const facts = engagementFacts(['acme/engagement.yaml'], acmeStatus());
    const msgs: WebviewMessage[] = [
      { type: 'ready', key: 'k' },
      { type: 'reveal', key: 'k', file: 'acme/04-solution/pricing.yaml', range: { start: { line: 33, character: 0 }, end: { line: 33, character: 14 } } },
      { type: 'openDeliverable', key: 'k', kind: 'pricing', path: 'acme/04-solution/pricing.yaml', exists: true },
      { type: 'pickEngagement', key: 'k' },
      { type: 'openStakeholder', key: 'k', id: 'wang' },
      ...DASHBOARD_COMMANDS.map((command): WebviewMessage => ({ type: 'command', key: 'k', command })),
    ];
    for (const m of msgs) assert.deepEqual(validateMessage(wire(m), (k) => (k === 'k' ? facts : undefined)), m);
  });

  it('protocol.ts imports nothing (both bundles compile it)', () => {
    const src = readFileSync(new URL('../../../src/webview/protocol.ts', import.meta.url), 'utf8');
    assert.doesNotMatch(src, /^\s*import\b|\brequire\(/m);
  });
});
