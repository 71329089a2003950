import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type * as vscode from 'vscode';
import { allCommands, registerCommands } from '../../../src/extension/commands/registerCommands';
import { DiagnosticsPublisher } from '../../../src/extension/diagnostics';
import { registerQuickFixes } from '../../../src/extension/quickFixes';
import { FixedStore } from '../helpers/engagementStates';
import { fake, FakeDiagnosticCollection, Uri } from '../helpers/fakeVscode';

const REPO = join(__dirname, '../../..');
const json = (name: string) => JSON.parse(readFileSync(join(REPO, name), 'utf8'));

describe('command manifest', () => {
  const ids = allCommands({ extensionUri: Uri.file('/ext') as unknown as vscode.Uri, store: new FixedStore() }).map((c) => c.id);

  it('contributes every command with a title and category in both languages', () => {
    const manifest = json('package.json');
    const en = json('package.nls.json');
    const zh = json('package.nls.zh-cn.json');
    for (const id of ids) {
      const c = manifest.contributes.commands.find((x: { command: string }) => x.command === id);
      assert.ok(c, `${id} not contributed`);
      for (const key of [c.title, c.category].map((v: string) => v.replace(/^%|%$/g, ''))) {
        assert.ok(en[key] && zh[key], `${id}: ${key} not translated`);
      }
      assert.match(c.icon, /^\$\([a-z-]+\)$/);
    }
    const writes = ids.filter((id) => !['presales.checkEngagement', 'presales.openDashboard', 'presales.refresh'].includes(id));
    for (const id of writes) {
      assert.equal(manifest.contributes.commands.find((x: { command: string }) => x.command === id).enablement, 'isWorkspaceTrusted', id);
    }
  });

  it('registers every command on the context (quick fixes are wired in activate, next to the diagnostics they read)', () => {
    const context = { extensionUri: Uri.file('/ext'), subscriptions: [] as unknown[] };
    const providers = fake.codeActionProviders.length;
    registerCommands(context as unknown as vscode.ExtensionContext, new FixedStore());
    for (const id of ids) assert.ok(fake.commands.has(id), id);
    assert.equal(context.subscriptions.length, ids.length);
    assert.equal(fake.codeActionProviders.length, providers);
  });

  it('registers the quick-fix provider with the diagnostics publisher as its finding lookup', () => {
    const before = fake.codeActionProviders.length;
    const store = new FixedStore();
    const publisher = new DiagnosticsPublisher(store, new FakeDiagnosticCollection('presales') as unknown as vscode.DiagnosticCollection, () => true);
    registerQuickFixes(store, publisher);
    assert.equal(fake.codeActionProviders.length, before + 1);
    publisher.dispose();
  });
});
