import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type * as vscode from 'vscode';
import { DiagnosticsPublisher } from '../../../src/extension/diagnostics';
import { EngagementStore } from '../../../src/extension/engagementStore';
import { DiscoveryPaths, type FolderWatchStore, watchFolders } from '../../../src/extension/folderWatcher';
import type { EngagementState } from '../../../src/extension/storeApi';
import { TODAY } from '../helpers/checkFixture';
import { engagementYaml } from '../helpers/engagementBuilder';
import { fakeFolder } from '../helpers/engagementStates';
import { EventEmitter, fake, FakeDiagnosticCollection, Uri, workspace } from '../helpers/fakeVscode';

const folder = fakeFolder('/ws');
const uri = (path: string) => Uri.file(`/ws/${path}`) as unknown as vscode.Uri;
const put = (path: string, text: string) => fake.files.set(`file:///ws/${path}`, new TextEncoder().encode(text));
/** What `rm -r` does on disk: the folder and everything below it are gone. */
const removeFolder = (path: string) => [...fake.files.keys()].filter((k) => k.startsWith(`file:///ws/${path}/`)).forEach((k) => fake.files.delete(k));
const nextChange = (store: EngagementStore) => new Promise<EngagementState[]>((ok) => { const d = store.onDidChange((s) => { d.dispose(); ok(s); }); });
/** Engagement `id` at `root`, with a broken YAML file in its research folder (so both files carry Problems). */
function engagementAt(root: string, id: string): void {
  put(`${root}/engagement.yaml`, engagementYaml({ stage: 'research' }).replace('id: acme', `id: ${id}`));
  put(`${root}/03-research/notes.yaml`, 'kind: [\n');
}

/** The real store and Problems publisher, driven by a watcher whose events the test fires. */
async function harness() {
  const store = new EngagementStore({ today: () => TODAY, findingsLanguage: () => 'auto' }); // WorkspaceFs over fake.files
  const problems = new FakeDiagnosticCollection('presales');
  const publisher = new DiagnosticsPublisher(store, problems as unknown as vscode.DiagnosticCollection, () => true);
  const created = new EventEmitter<vscode.Uri>();
  const deleted = new EventEmitter<vscode.Uri>();
  const watching = watchFolders(store, { onDidCreate: created.event, onDidDelete: deleted.event } as never, 0);
  await store.refresh();
  const roots = () => store.all().map((s) => s.key.slice('file:///ws#'.length));
  const filesWithProblems = () => [...problems.entries.keys()].map((k) => k.slice('file:///ws/'.length)).sort();
  return { store, created, deleted, roots, filesWithProblems, dispose: () => (watching.dispose(), publisher.dispose(), store.dispose()) };
}

// A wait that can no longer succeed fails after the timeout instead of hanging the run.
describe('folders changed outside VS Code', { timeout: 20_000 }, () => {
  beforeEach(() => {
    workspace.workspaceFolders = [folder as never];
    workspace.textDocuments = [];
    fake.files.clear();
    engagementAt('team/alpha', 'alpha');
    engagementAt('team/beta', 'beta');
    put('notes/readme.md', '# Team notes\n');
  });

  it('a deleted engagement folder, reported as the folder alone, leaves the store and the Problems panel', async () => {
    const h = await harness();
    assert.deepEqual(h.roots(), ['team/alpha', 'team/beta']);
    assert.deepEqual(h.filesWithProblems().filter((f) => f.startsWith('team/alpha/')), ['team/alpha/03-research/notes.yaml', 'team/alpha/engagement.yaml']);
    removeFolder('team/alpha');
    const changed = nextChange(h.store);
    h.deleted.fire(uri('team/alpha'));
    await changed;
    assert.deepEqual(h.roots(), ['team/beta']);
    assert.deepEqual(h.filesWithProblems(), ['team/beta/03-research/notes.yaml', 'team/beta/engagement.yaml']);
    h.dispose();
  });

  it('a deleted parent folder takes every engagement below it along', async () => {
    const h = await harness();
    removeFolder('team');
    const changed = nextChange(h.store);
    h.deleted.fire(uri('team'));
    await changed;
    assert.deepEqual(h.roots(), []);
    assert.deepEqual(h.filesWithProblems(), []);
    h.dispose();
  });

  it('a sub-folder deleted inside an engagement re-checks it and clears the Problems of its files', async () => {
    const h = await harness();
    removeFolder('team/alpha/03-research');
    const changed = nextChange(h.store);
    h.deleted.fire(uri('team/alpha/03-research'));
    const [state] = await changed;
    assert.equal(state.key, 'file:///ws#team/alpha');
    assert.deepEqual(state.engagement.files.map((f) => f.path).sort(), ['team/alpha/engagement.yaml']);
    assert.ok(!h.filesWithProblems().includes('team/alpha/03-research/notes.yaml'), h.filesWithProblems().join(', '));
    assert.ok(h.filesWithProblems().includes('team/alpha/engagement.yaml'));
    h.dispose();
  });

  it('a folder copied in, reported without its files, is discovered and checked', async () => {
    const h = await harness();
    engagementAt('team/gamma', 'gamma'); // on disk before the watch on the new folder existed: only the folder is reported
    const changed = nextChange(h.store);
    h.created.fire(uri('team/gamma'));
    const [state] = await changed;
    assert.equal(state.key, 'file:///ws#team/gamma');
    assert.deepEqual(h.roots(), ['team/alpha', 'team/beta', 'team/gamma']);
    assert.ok(h.filesWithProblems().includes('team/gamma/03-research/notes.yaml'), h.filesWithProblems().join(', '));
    // The copy is known now: deleting it again is noticed too.
    removeFolder('team/gamma');
    const gone = nextChange(h.store);
    h.deleted.fire(uri('team/gamma'));
    await gone;
    assert.deepEqual(h.roots(), ['team/alpha', 'team/beta']);
    h.dispose();
  });
});

describe('which created or deleted paths re-discover', () => {
  const key = (root: string) => ({ key: `file:///ws#${root}` });
  const quiet = new EventEmitter<unknown>();
  const store = (roots: string[], problems: string[] = []): FolderWatchStore & { asked: string[] } => {
    const asked: string[] = [];
    return {
      asked,
      onDidChange: quiet.event as never,
      onDidChangeDiscoveryProblems: quiet.event as never,
      all: () => roots.map(key),
      discoveryProblems: () => (problems.length ? [{ folder, problems: problems.map((path) => ({ path })) }] : []),
      rediscoverUri: (u: vscode.Uri) => void asked.push(u.path),
    };
  };

  beforeEach(() => {
    workspace.workspaceFolders = [folder as never];
    fake.files.clear();
  });

  it('a delete counts when it is, holds or lies inside an engagement, or held a discovery problem', () => {
    const paths = new DiscoveryPaths(store(['team/alpha', 'solo'], ['deep/a/b']), async () => assert.fail('a delete never stats'));
    const yes = ['team/alpha', 'team', 'team/alpha/06-closure', 'team/alpha/06-closure/report.md', 'solo/logo.png', 'deep/a/b', 'deep', ''];
    const no = ['team/beta', 'notes', 'notes/readme.md', 'team/alphabet', 'soloist', 'deep/a/c', 'team/alpha/node_modules/x', 'team/.git/x', 'node_modules/team'];
    assert.deepEqual(yes.filter((p) => !paths.deleted(uri(p))), []);
    assert.deepEqual(no.filter((p) => paths.deleted(uri(p))), []);
    assert.equal(paths.deleted(Uri.file('/elsewhere/team/alpha') as unknown as vscode.Uri), false, 'outside every workspace folder');
  });

  it('an engagement at the workspace folder itself makes every delete inside it count', () => {
    const paths = new DiscoveryPaths(store(['']));
    assert.equal(paths.deleted(uri('anything/at/all')), true);
    assert.equal(paths.deleted(uri('.git/index')), false);
  });

  it('a create counts for our files (no stat) and for folders, never below .git or node_modules', async () => {
    put('team/gamma/engagement.yaml', 'kind: engagement\n');
    put('team/logo.png', 'png');
    put('node_modules/pkg/engagement.yaml', 'kind: engagement\n');
    put('.git/refs/heads/main', 'sha');
    const stats: string[] = [];
    const paths = new DiscoveryPaths(store([]), async (u) => (stats.push(u.path), fake.files.has(u.toString()) === false));
    assert.equal(await paths.created(uri('team/gamma/engagement.yaml')), true);
    assert.equal(await paths.created(uri('team/gamma/brief.markdown')), true);
    assert.deepEqual(stats, [], 'our own files need no stat');
    assert.equal(await paths.created(uri('team/gamma')), true);
    assert.equal(await paths.created(uri('team/logo.png')), false);
    for (const p of ['node_modules', 'team/.cache', 'node_modules/pkg', 'node_modules/pkg/engagement.yaml', '.git/refs/heads/main']) assert.equal(await paths.created(uri(p)), false, p);
    assert.deepEqual(stats, ['/ws/team/gamma', '/ws/team/logo.png'], 'folders discovery never enters are not even looked at');
  });

  it('the default folder test stats through vscode.workspace.fs', async () => {
    put('team/gamma/engagement.yaml', 'kind: engagement\n');
    put('team/logo.png', 'png');
    const paths = new DiscoveryPaths(store([]));
    assert.equal(await paths.created(uri('team/gamma')), true);
    assert.equal(await paths.created(uri('team/logo.png')), false);
    assert.equal(await paths.created(uri('team/vanished')), false, 'gone before the stat: not a folder');
  });

  it('watchFolders asks the store to re-discover only what counts, with the given delay', async () => {
    const s = store(['team/alpha']);
    const delays: number[] = [];
    let folderAsked!: () => void;
    const asked = new Promise<void>((ok) => (folderAsked = ok));
    const spy: FolderWatchStore = { ...s, rediscoverUri: (u, d) => (delays.push(d), s.rediscoverUri(u, d), u.path === '/ws/new' && folderAsked()) };
    const created = new EventEmitter<vscode.Uri>();
    const deleted = new EventEmitter<vscode.Uri>();
    const w = watchFolders(spy, { onDidCreate: created.event, onDidDelete: deleted.event } as never, 150, async (u) => u.path === '/ws/new');
    deleted.fire(uri('notes'));
    deleted.fire(uri('team/alpha'));
    created.fire(uri('team/logo.png'));
    created.fire(uri('new'));
    await asked;
    assert.deepEqual(s.asked, ['/ws/team/alpha', '/ws/new']);
    assert.deepEqual(delays, [150, 150]);
    w.dispose();
    deleted.fire(uri('team/alpha'));
    assert.equal(s.asked.length, 2, 'nothing after dispose');
  });

  it('learns new engagements when the store changes', () => {
    const roots: string[] = [];
    const changed = new EventEmitter<unknown>();
    const s = { ...store([]), onDidChange: changed.event as never, all: () => roots.map(key) };
    const paths = new DiscoveryPaths(s);
    assert.equal(paths.deleted(uri('team/new')), false);
    roots.push('team/new');
    assert.equal(paths.deleted(uri('team/new')), false, 'the index is kept until the store says it changed');
    changed.fire([]);
    assert.equal(paths.deleted(uri('team/new')), true);
  });
});
