/**
 * Folders changed outside VS Code (what `cp -r`, `rm -r`, `git pull` or a branch switch do to a team repo):
 * an engagement folder copied in with Node's fs appears in the store and the Problems panel; removed with
 * Node's fs, it leaves both. Node's fs is outside VS Code: no onDidCreateFiles/onDidDeleteFiles, only the
 * file watcher, which reports a removed folder as the folder alone.
 */
import * as assert from 'node:assert/strict';
import { cpSync, rmSync } from 'node:fs';
import * as vscode from 'vscode';
import { activate, SOURCE, until, wsUri } from './helpers';

/** The slice of the extension's API this suite reads. */
interface StoreView {
  onDidChange: vscode.Event<unknown>;
  all(): { key: string; engagement: { root: string } }[];
}

const COPY = 'copied-clinic';

/** Store changes and diagnostics changes: what either wait below depends on. */
function storeOrProblems(store: StoreView): vscode.Event<unknown> {
  return (listener) => vscode.Disposable.from(store.onDidChange(listener), vscode.languages.onDidChangeDiagnostics(listener));
}

/** Workspace-relative paths of the files that carry our diagnostics below `folder`. */
function filesWithProblems(folder: string): string[] {
  const prefix = `${wsUri(folder).toString()}/`;
  return vscode.languages.getDiagnostics()
    .filter(([uri, ds]) => uri.toString().startsWith(prefix) && ds.some((d) => d.source === SOURCE))
    .map(([uri]) => uri.toString().slice(wsUri('').toString().length + 1)).sort();
}

describe('folders changed outside VS Code', () => {
  let store: StoreView;
  const roots = () => store.all().map((s) => s.engagement.root).sort();

  before(async () => {
    store = (await activate())!.store as StoreView;
    await until('both fixture engagements checked', store.onDidChange, () => roots().includes('holdout-clinic') && roots().includes('acme-his'));
  });

  after(() => rmSync(wsUri(COPY).fsPath, { recursive: true, force: true }));

  it('a folder copied in with fs.cpSync appears, and so do its Problems; removed with fs.rmSync, both are gone', async () => {
    const original = filesWithProblems('holdout-clinic');
    assert.ok(original.length >= 2, `holdout-clinic has few problems: ${original.join(', ')}`);
    const copied = original.map((f) => f.replace(/^holdout-clinic\//, `${COPY}/`));

    cpSync(wsUri('holdout-clinic').fsPath, wsUri(COPY).fsPath, { recursive: true });
    await until(`${COPY} in the store with the same Problems as holdout-clinic`, storeOrProblems(store),
      () => roots().includes(COPY) && filesWithProblems(COPY).join() === copied.join());

    rmSync(wsUri(COPY).fsPath, { recursive: true });
    await until(`${COPY} gone from the store and the Problems panel`, storeOrProblems(store),
      () => !roots().includes(COPY) && filesWithProblems(COPY).length === 0);
    assert.deepEqual(filesWithProblems('holdout-clinic'), original, 'the original is untouched');
    assert.ok(roots().includes('acme-his'));
  });

  it('a sub-folder removed with fs.rmSync takes the Problems of its files along; copied back, they return', async () => {
    const folder = 'holdout-clinic/03-research';
    const had = filesWithProblems(folder);
    assert.ok(had.length > 0, 'holdout-clinic/03-research has no problems to lose');
    const saved = `${wsUri('').fsPath}/.saved-research`; // a hidden folder: discovery never enters it
    cpSync(wsUri(folder).fsPath, saved, { recursive: true });
    try {
      rmSync(wsUri(folder).fsPath, { recursive: true });
      await until(`${folder} Problems cleared`, storeOrProblems(store), () => filesWithProblems(folder).length === 0);
      assert.ok(roots().includes('holdout-clinic'), 'the engagement itself stays');
    } finally {
      cpSync(saved, wsUri(folder).fsPath, { recursive: true });
      rmSync(saved, { recursive: true, force: true });
    }
    await until(`${folder} Problems back`, storeOrProblems(store), () => filesWithProblems(folder).join() === had.join());
  });
});
