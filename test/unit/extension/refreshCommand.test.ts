import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as vscode from 'vscode';
import { allCommands } from '../../../src/extension/commands/registerCommands';
import { EngagementStore } from '../../../src/extension/engagementStore';
import { TODAY } from '../helpers/checkFixture';
import { engagementYaml } from '../helpers/engagementBuilder';
import { fake, Uri, workspace } from '../helpers/fakeVscode';

describe('presales.refresh', () => {
  it('re-reads what changed without any event (the escape hatch), showing progress on the Engagements view', async () => {
    workspace.workspaceFolders = [{ uri: Uri.file('/ws'), name: 'ws', index: 0 }];
    fake.files.clear();
    const put = (path: string, id: string) => fake.files.set(`file:///ws/${path}`, new TextEncoder().encode(engagementYaml().replace('id: acme', `id: ${id}`)));
    put('alpha/engagement.yaml', 'alpha');
    put('beta/engagement.yaml', 'beta');
    const store = new EngagementStore({ today: () => TODAY, findingsLanguage: () => 'auto' });
    await store.refresh();
    const ids = () => store.all().map((s) => s.engagement.id);
    assert.deepEqual(ids(), ['alpha', 'beta']);
    // Changed on disk with no watcher event at all (a network drive, a watcher limit reached).
    fake.files.delete('file:///ws/alpha/engagement.yaml');
    put('gamma/engagement.yaml', 'gamma');
    assert.deepEqual(ids(), ['alpha', 'beta']);
    const progress = fake.progress.length;
    const refresh = allCommands({ extensionUri: Uri.file('/ext') as unknown as vscode.Uri, store }).find((c) => c.id === 'presales.refresh');
    assert.ok(refresh);
    await refresh.execute();
    assert.deepEqual(ids(), ['beta', 'gamma']);
    assert.deepEqual(fake.progress.slice(progress), [{ location: { viewId: 'presales.engagements' } }]);
    store.dispose();
  });
});
