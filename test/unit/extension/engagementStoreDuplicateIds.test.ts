import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type * as vscode from 'vscode';
import { checkWorkspace } from '../../../src/core/checkWorkspace';
import { buildStatus } from '../../../src/core/status/statusBuilder';
import type { Finding } from '../../../src/core/types';
import { DiagnosticsPublisher } from '../../../src/extension/diagnostics';
import { EngagementStore } from '../../../src/extension/engagementStore';
import type { EngagementState } from '../../../src/extension/storeApi';
import { TODAY } from '../helpers/checkFixture';
import { fakeFolder } from '../helpers/engagementStates';
import { type Diagnostic, fake, FakeDiagnosticCollection, workspace } from '../helpers/fakeVscode';
import { MemoryFs } from '../helpers/memoryFs';

// Line 2 (0-based 1) is `id: <id>`: the value starts at character 4.
const eng = (id: string, extra = '') => `kind: engagement\nid: ${id}\ntitle: T\ncustomer: C\nstage: kickoff\nlanguage: en\n${extra}`;
const folder = fakeFolder('/ws');
const CODE = 'duplicate-engagement-id';
const place = (f: { range: Finding['range'] }) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`;

function setup(files: Record<string, string>) {
  const fs = new MemoryFs(files);
  const store = new EngagementStore({ fsFor: () => fs, today: () => TODAY, findingsLanguage: () => 'auto' });
  const collection = new FakeDiagnosticCollection('presales');
  new DiagnosticsPublisher(store, collection as unknown as vscode.DiagnosticCollection, () => true);
  const stateOf = (root: string) => store.all().find((s) => s.engagement.root === root)!;
  /** Every duplicate finding of the store, as `root: severity range message`. */
  const dups = () => store.all().flatMap((s) => s.findings.filter((f) => f.code === CODE).map((f) => `${s.engagement.root}: ${f.severity} ${place(f)} ${f.message}`));
  /** What `presales check` (checkWorkspace) finds over the same files, in the same form. */
  const cliDups = async () => (await checkWorkspace(fs, { today: TODAY })).flatMap((r) => r.findings.filter((f) => f.code === CODE).map((f) => `${r.engagement.root}: ${f.severity} ${place(f)} ${f.message}`));
  const shown = (path: string) => ((collection.entries.get(`file:///ws/${path}`)?.diagnostics ?? []) as Diagnostic[]).filter((d) => (d.code as { value: string }).value === CODE).map((d) => `${place(d)} ${d.severity}`);
  const changedKeys = () => new Promise<string[]>((ok) => { const d = store.onDidChange((s) => { d.dispose(); ok(s.map((x) => x.engagement.root)); }); });
  return { fs, store, stateOf, dups, cliDups, shown, changedKeys };
}

/** The counts views show equal those of a status built from all the state's findings (one count). */
function assertCounted(state: EngagementState): void {
  const rebuilt = buildStatus(state.engagement, state.findings, { today: TODAY });
  assert.deepEqual(state.status.counts, rebuilt.counts);
  assert.deepEqual(state.status.otherFindings, rebuilt.otherFindings);
}

describe('engagement store: duplicate-engagement-id', () => {
  beforeEach(() => {
    workspace.workspaceFolders = [folder as never];
    workspace.textDocuments = [];
    fake.files.clear();
  });

  it('reports the second engagement with an id once, at its id value, with the message of presales check', async () => {
    const { store, stateOf, dups, cliDups, shown } = setup({ 'a-maple/engagement.yaml': eng('maple'), 'b-oak/engagement.yaml': eng('oak'), 'c-copy/engagement.yaml': eng('maple') });
    await store.refresh();
    assert.deepEqual(dups(), ['c-copy: warning 1:4-1:9 The engagement id “maple” is already used by the engagement in a-maple. Ids name an engagement across the team (portfolio, links, exports): give this copy its own id.']);
    assert.deepEqual(dups(), await cliDups());
    assert.deepEqual(shown('c-copy/engagement.yaml'), ['1:4-1:9 1'], 'one Warning diagnostic at the id value');
    assert.deepEqual(shown('a-maple/engagement.yaml'), []);
    const copy = stateOf('c-copy');
    assert.equal(copy.status.counts.warning, stateOf('b-oak').status.counts.warning + 1, 'counted like any other finding');
    assertCounted(copy);
    assert.deepEqual(copy.findings.filter((f) => f.code === CODE)[0].data, { id: 'maple', first: 'a-maple' });
  });

  it('renaming the first engagement’s id takes the finding off the other one, which is re-published without a re-check', async () => {
    const { fs, store, stateOf, dups, cliDups, shown, changedKeys } = setup({ 'a/engagement.yaml': eng('maple'), 'b/engagement.yaml': eng('maple') });
    await store.refresh();
    assert.deepEqual(shown('b/engagement.yaml'), ['1:4-1:9 1']);
    const generation = stateOf('b').generation;
    fs.write('a/engagement.yaml', eng('oak'));
    const changed = changedKeys();
    await store.check(stateOf('a').key);
    assert.deepEqual((await changed).sort(), ['a', 'b'], 'b is re-published with a');
    assert.deepEqual(dups(), []);
    assert.deepEqual(await cliDups(), []);
    assert.deepEqual(shown('b/engagement.yaml'), []);
    assert.equal(stateOf('b').generation, generation, 'b was not re-checked');
    assertCounted(stateOf('b'));
    // Renamed back: the finding returns on b, still naming a.
    fs.write('a/engagement.yaml', eng('maple'));
    await store.check(stateOf('a').key);
    assert.deepEqual(dups(), await cliDups());
    assert.deepEqual(shown('b/engagement.yaml'), ['1:4-1:9 1']);
  });

  it('renaming the copy’s own id takes its finding away', async () => {
    const { fs, store, stateOf, dups, shown } = setup({ 'a/engagement.yaml': eng('maple'), 'b/engagement.yaml': eng('maple') });
    await store.refresh();
    fs.write('b/engagement.yaml', eng('maple-2'));
    await store.check(stateOf('b').key);
    assert.deepEqual(dups(), []);
    assert.deepEqual(shown('b/engagement.yaml'), []);
    assertCounted(stateOf('b'));
  });

  it('deleting the first folder or adding an earlier one moves the finding as presales check would', async () => {
    const { fs, store, dups, cliDups, shown } = setup({ 'b/engagement.yaml': eng('maple'), 'c/engagement.yaml': eng('maple'), 'd/engagement.yaml': eng('maple') });
    await store.refresh();
    assert.deepEqual(dups().map((d) => d.slice(0, 2)), ['c:', 'd:']);
    // A new folder sorts first: b becomes a copy too, and c and d now name a.
    fs.write('a/engagement.yaml', eng('maple'));
    await store.rediscover(folder, false);
    assert.deepEqual(dups(), await cliDups());
    assert.deepEqual(dups().map((d) => d.slice(0, 2)), ['b:', 'c:', 'd:']);
    assert.match(dups()[2], /in a\. /);
    // Deleting a and b: c is the first holder again and loses its finding; d names c.
    fs.files.delete('a/engagement.yaml');
    fs.files.delete('b/engagement.yaml');
    await store.rediscover(folder, false);
    assert.deepEqual(dups(), await cliDups());
    assert.deepEqual(dups().map((d) => d.slice(0, 2)), ['d:']);
    assert.match(dups()[0], /in c\. /);
    assert.deepEqual(shown('c/engagement.yaml'), []);
    assert.deepEqual(shown('b/engagement.yaml'), []);
    // Deleting the last other holder leaves nothing.
    fs.files.delete('c/engagement.yaml');
    await store.rediscover(folder, false);
    assert.deepEqual(dups(), []);
    assert.deepEqual(shown('d/engagement.yaml'), []);
  });

  it('follows each engagement’s policy as presales check does (off, a severity; an off first holder still holds the id)', async () => {
    const rule = (level: string) => `policy:\n  rules:\n    ${CODE}: ${level}\n`;
    const { store, stateOf, dups, cliDups, shown } = setup({
      'a/engagement.yaml': eng('x', rule('off')), 'b/engagement.yaml': eng('x', rule('error')), 'c/engagement.yaml': eng('x', rule('off')), 'd/engagement.yaml': eng('x'),
    });
    await store.refresh();
    assert.deepEqual(dups(), await cliDups());
    assert.deepEqual(dups().map((d) => d.split(' ').slice(0, 2).join(' ')), ['b: error', 'd: warning']);
    assert.deepEqual(shown('b/engagement.yaml'), ['1:4-1:5 0'], 'an Error diagnostic');
    assertCounted(stateOf('b'));
    assert.equal(stateOf('b').status.counts.error, stateOf('c').status.counts.error + 1);
  });

  it('speaks the findings language override, and ignores engagements without an id', async () => {
    const fs = new MemoryFs({ 'a/engagement.yaml': eng('x'), 'b/engagement.yaml': eng('x'), 'c/engagement.yaml': eng("''"), 'd/engagement.yaml': eng("''") });
    const store = new EngagementStore({ fsFor: () => fs, today: () => TODAY, findingsLanguage: () => 'zh-CN' });
    await store.refresh();
    const found = store.all().flatMap((s) => s.findings.filter((f) => f.code === CODE).map((f) => `${s.engagement.root}: ${f.message}`));
    assert.deepEqual(found, ['b: 项目 id“x”已被 a 中的项目使用。id 在整个团队中标识一个项目（项目组合、引用、导出）：请为这个副本另起一个 id。']);
  });
});
