import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type * as vscode from 'vscode';
import type { EngagementFs } from '../../../src/core/workspace';
import { engagementFacts } from '../../../src/core/team/engagementFacts';
import { DiscoveryDiagnostics } from '../../../src/extension/discoveryDiagnostics';
import { EngagementStore } from '../../../src/extension/engagementStore';
import type { EngagementState } from '../../../src/extension/storeApi';
import { entryType } from '../../../src/extension/workspaceFs';
import { TODAY } from '../helpers/checkFixture';
import { fakeFolder } from '../helpers/engagementStates';
import { fake, FakeDiagnosticCollection, FileType, Uri, workspace } from '../helpers/fakeVscode';
import { MemoryFs } from '../helpers/memoryFs';

const engagementYaml = (title: string, id = 'e') => `kind: engagement\nid: ${id}\ntitle: ${title}\ncustomer: C\nstage: kickoff\nlanguage: en\n`;

/** A MemoryFs whose reads take the bytes at call time but may return late (while `gate` is pending). */
class SlowFs implements EngagementFs {
  gate: Promise<void> | undefined;
  constructor(readonly mem: MemoryFs) {}
  readDirectory(path: string) {
    return this.mem.readDirectory(path);
  }
  async readFile(path: string) {
    const bytes = await this.mem.readFile(path);
    const gate = this.gate;
    if (gate) await gate;
    return bytes;
  }
}

const folder = fakeFolder('/ws');
const uri = (path: string) => Uri.file(`/ws/${path}`) as unknown as vscode.Uri;
const nextChange = (store: EngagementStore) => new Promise<EngagementState[]>((ok) => { const d = store.onDidChange((s) => { d.dispose(); ok(s); }); });

function storeOver(fs: EngagementFs): EngagementStore {
  return new EngagementStore({ fsFor: () => fs, today: () => TODAY, findingsLanguage: () => 'auto' });
}

describe('engagement store', () => {
  beforeEach(() => {
    workspace.workspaceFolders = [folder as never];
    workspace.textDocuments = [];
    fake.files.clear();
  });

  it('drops the result of a check that a newer check overtook', async () => {
    const fs = new SlowFs(new MemoryFs({ 'e/engagement.yaml': engagementYaml('v1') }));
    const store = storeOver(fs);
    await store.refresh();
    const key = 'file:///ws#e';
    assert.equal(store.all()[0].status.title, 'v1');
    fs.mem.write('e/engagement.yaml', engagementYaml('v2'));
    let release!: () => void;
    fs.gate = new Promise((ok) => (release = ok));
    const slow = store.check(key); // reads v2, then waits
    fs.gate = undefined;
    fs.mem.write('e/engagement.yaml', engagementYaml('v3'));
    const published: string[] = [];
    store.onDidChange((states) => states.forEach((s) => published.push(s.status.title)));
    await store.check(key);
    const newest = store.all()[0];
    release();
    await slow;
    assert.deepEqual(published, ['v3'], 'the overtaken v2 result is never published');
    assert.equal(store.all()[0], newest);
    assert.equal(newest.status.title, 'v3');
  });

  it('checks the unsaved buffer over the file on disk, once per burst of edits', async () => {
    fake.files.set('file:///ws/e/engagement.yaml', new TextEncoder().encode(engagementYaml('on disk')));
    const store = new EngagementStore({ today: () => TODAY, findingsLanguage: () => 'auto' }); // real WorkspaceFs over the fake vscode.workspace.fs
    await store.refresh();
    assert.equal(store.all()[0].status.title, 'on disk');
    const before = store.all()[0].generation;
    workspace.textDocuments = [{ uri: Uri.file('/ws/e/engagement.yaml'), getText: () => engagementYaml('typed, unsaved') }];
    const changed = nextChange(store);
    for (let i = 0; i < 3; i++) store.recheckUri(uri('e/engagement.yaml'), 5);
    const [state] = await changed;
    assert.equal(state.status.title, 'typed, unsaved');
    await new Promise((ok) => setTimeout(ok, 30)); // let any extra (wrongly undebounced) check land
    assert.equal(store.all()[0].generation, before + 1, 'three edits, one check');
  });

  it('maps URIs to engagements, follows the editor and forgets removed engagements', async () => {
    // Own ids: with one shared id, removing a would also re-publish b (its duplicate-engagement-id goes).
    const mem = new MemoryFs({ 'a/engagement.yaml': engagementYaml('A', 'a'), 'b/engagement.yaml': engagementYaml('B', 'b'), 'b/nested/engagement.yaml': engagementYaml('N', 'n') });
    const store = storeOver(mem);
    await store.refresh();
    assert.deepEqual(store.all().map((s) => s.key), ['file:///ws#a', 'file:///ws#b', 'file:///ws#b/nested']);
    assert.equal(store.forUri(uri('b/nested/x.yaml'))?.status.title, 'N');
    assert.equal(store.forUri(uri('b/x.yaml'))?.status.title, 'B');
    assert.equal(store.forUri(Uri.file('/elsewhere/a/x.yaml') as unknown as vscode.Uri), undefined);
    assert.equal(store.active(), undefined, 'several engagements and no editor: none active');
    const actives: (string | undefined)[] = [];
    store.onDidChangeActive((s) => actives.push(s?.status.title));
    store.followEditor(uri('b/stakeholders.yaml'));
    store.followEditor(uri('README.md')); // outside every engagement: keeps B
    store.setActive('file:///ws#a');
    assert.deepEqual(actives, ['B', 'A']);
    mem.files.delete('a/engagement.yaml');
    const changed = nextChange(store);
    await store.rediscover(folder, false);
    assert.deepEqual(await changed, []);
    assert.deepEqual(store.all().map((s) => s.status.title), ['B', 'N']);
  });

  it('keeps Markdown bodies only for engagements open in an editor or active; re-reads the others on demand, same findings', async () => {
    const solution = (who: string) => `---\nkind: solution\nstage: solution\nstatus: draft\nowner: ${who}\n---\n# Solution\n\n${'Body text — 中文。\n'.repeat(50)}`;
    const files = { 'a/engagement.yaml': engagementYaml('A'), 'a/solution.md': solution('Ann'), 'b/engagement.yaml': engagementYaml('B'), 'b/solution.md': solution('Bo'), 'c/engagement.yaml': engagementYaml('C'), 'c/solution.md': solution('Cy') };
    workspace.textDocuments = [{ uri: Uri.file('/ws/a/solution.md'), getText: () => solution('Ann') }];
    const store = storeOver(new MemoryFs(files));
    store.followEditor(uri('c/engagement.yaml')); // c is active, a is open, b is neither
    await store.refresh();
    const [a, b, c] = store.all();
    const body = (s: EngagementState) => s.engagement.files.find((f) => f.path.endsWith('solution.md'))!;
    assert.equal(body(a).text, solution('Ann'), 'open in an editor: kept');
    assert.equal(body(c).text, solution('Cy'), 'active: kept');
    assert.equal(body(b).bodyReleased, true);
    assert.equal(body(b).text, '---\nkind: solution\nstage: solution\nstatus: draft\nowner: Bo\n---\n');
    assert.equal(b.engagement.deliverables[0].owner, 'Bo', 'records stay');
    // Everything the views read is what a store that kept every text holds.
    workspace.textDocuments = ['a', 'b', 'c'].map((e) => ({ uri: Uri.file(`/ws/${e}/solution.md`), getText: () => '' }));
    const keepsAll = storeOver(new MemoryFs(files));
    await keepsAll.refresh();
    const full = keepsAll.all()[1];
    assert.equal(body(full).bodyReleased, undefined);
    assert.deepEqual(b.findings, full.findings);
    assert.deepEqual(b.status, full.status);
    assert.deepEqual(engagementFacts(b.engagement, b.findings, TODAY), engagementFacts(full.engagement, full.findings, TODAY));
    // On demand: the whole text again, not kept by the store.
    const loaded = await store.loaded(b);
    assert.equal(body(loaded).text, solution('Bo'));
    assert.deepEqual(loaded.findings, b.findings);
    assert.equal(store.all()[1], b);
    assert.equal(await store.loaded(a), a, 'a kept engagement is its own loaded state');
    // Opening b in an editor re-reads it once and keeps it; c, no longer active and not open, lets its body go.
    workspace.textDocuments = ['a', 'b'].map((e) => ({ uri: Uri.file(`/ws/${e}/solution.md`), getText: () => '' }));
    const changed = nextChange(store);
    store.followEditor(uri('b/solution.md'));
    store.warmUri(uri('b/solution.md'));
    const [warm] = await changed;
    assert.equal(warm.key, 'file:///ws#b');
    assert.equal(body(warm).text, solution('Bo'));
    assert.deepEqual(warm.findings, full.findings);
    assert.equal(body(store.all()[2]).bodyReleased, true, 'c was active, now neither active nor open');
  });

  it('checks a few engagements at a time on a first scan, not every one at once', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`e${String(i).padStart(2, '0')}/engagement.yaml`] = engagementYaml(`E${i}`);
    const mem = new MemoryFs(files);
    const reading = new Set<string>();
    let most = 0;
    const fs: EngagementFs = {
      readDirectory: (path) => mem.readDirectory(path),
      async readFile(path) {
        const root = path.split('/')[0];
        reading.add(root);
        most = Math.max(most, reading.size);
        await new Promise((ok) => setTimeout(ok, 1));
        reading.delete(root);
        return mem.readFile(path);
      },
    };
    const store = storeOver(fs);
    await store.refresh();
    assert.equal(store.all().length, 20);
    assert.equal(most, 8);
  });

  it('shows what discovery could not search in the Problems view: engagement.yml says "did you mean", renaming it clears it', async () => {
    const mem = new MemoryFs({ 'a/engagement.yaml': engagementYaml('A'), 'k/engagement.yaml': '', 'x/engagement.yml': engagementYaml('X') });
    const store = storeOver(mem);
    const problems = new FakeDiagnosticCollection('presales-discovery');
    const publisher = new DiscoveryDiagnostics(store, problems as unknown as vscode.DiagnosticCollection, () => true);
    await store.refresh();
    const shown = () => [...problems.entries.values()].flatMap(({ uri: u, diagnostics }) => diagnostics.map((d) => `${u.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${(d.code as { value: string }).value} ${d.message}`));
    assert.deepEqual(shown(), ['/ws/x/engagement.yml:1:1 unknown-kind ‘engagement.yml’ is not read as an engagement: the marker file must be named exactly ‘engagement.yaml’ (did you mean engagement.yaml?).']);
    assert.deepEqual(store.all().map((s) => s.key), ['file:///ws#a', 'file:///ws#k']);
    // An empty engagement.yaml is an engagement whose check says what to write (published with its findings).
    assert.deepEqual(store.all()[1].findings.map((f) => `${f.file}:${f.range.start.line + 1} ${f.code}/${f.severity} ${f.message.slice(0, 25)}`), ['k/engagement.yaml:1 unknown-kind/error engagement.yaml is empty,']);
    // Renamed in the explorer: the watcher's rename event re-discovers; the finding goes, the engagement comes.
    mem.write('x/engagement.yaml', mem.files.get('x/engagement.yml')!);
    mem.files.delete('x/engagement.yml');
    const cleared = new Promise<void>((ok) => { const d = store.onDidChangeDiscoveryProblems(() => { d.dispose(); ok(); }); });
    store.rediscoverUri(uri('x/engagement.yaml'), 0);
    await cleared;
    assert.deepEqual(shown(), []);
    await store.rediscover(folder, false);
    assert.deepEqual(store.all().map((s) => s.key), ['file:///ws#a', 'file:///ws#k', 'file:///ws#x']);
    publisher.dispose();
  });

  it('shows an unreadable folder on the engagement.yaml that holds it, named, in the engagement\'s language', async () => {
    const mem = new MemoryFs({ 'a/engagement.yaml': engagementYaml('A').replace('language: en', 'language: zh-CN'), 'a/locked/notes.yaml': 'kind: notes\n', 'loose/locked/x.yaml': 'x: 1\n' });
    const fs: EngagementFs = { readFile: (p) => mem.readFile(p), readDirectory: async (p) => (p.endsWith('locked') ? Promise.reject(new Error('EACCES')) : mem.readDirectory(p)) };
    const store = storeOver(fs);
    const problems = new FakeDiagnosticCollection('presales-discovery');
    const publisher = new DiscoveryDiagnostics(store, problems as unknown as vscode.DiagnosticCollection, () => true);
    await store.refresh();
    assert.deepEqual(problems.get(Uri.file('/ws/a/engagement.yaml'))?.map((d) => d.message), ['「a/locked/」：无法读取该文件夹（权限不足？），其下的内容均未检查。']);
    // Outside every engagement there is no nearer file: the folder itself, in the display language.
    assert.deepEqual(problems.get(Uri.file('/ws/loose/locked'))?.map((d) => d.message), ['This folder could not be read (permissions?), so nothing below it was checked.']);
    assert.equal(problems.entries.size, 2);
    publisher.dispose();
  });

  it('types directory entries; any symlink flag makes a symlink', () => {
    assert.equal(entryType(FileType.File as unknown as vscode.FileType), 'file');
    assert.equal(entryType(FileType.Directory as unknown as vscode.FileType), 'directory');
    assert.equal(entryType((FileType.SymbolicLink | FileType.Directory) as unknown as vscode.FileType), 'symlink');
    assert.equal(entryType((FileType.SymbolicLink | FileType.File) as unknown as vscode.FileType), 'symlink');
  });
});
