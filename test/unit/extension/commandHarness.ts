import '../helpers/useFakeVscode';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type * as vscode from 'vscode';
import type { EngagementState } from '../../../src/extension/storeApi';
import { allCommands } from '../../../src/extension/commands/registerCommands';
import { WorkspaceFs } from '../../../src/extension/workspaceFs';
import { fakeFolder, FixedStore, statesOf } from '../helpers/engagementStates';
import { fake, quickInputs, Uri, validationMessages, workspace } from '../helpers/fakeVscode';

/** Where the fake extension lives (its templates are copied there). */
export const EXT = Uri.file('/ext');
export const WS = '/ws';
const REPO = join(__dirname, '../../..');

/** A store over the fake files that re-checks on `refresh` and answers `forUri` for its one engagement. */
export class LiveStore extends FixedStore {
  override async refresh(): Promise<void> {
    this.set(await statesOf(new WorkspaceFs(Uri.file(WS) as unknown as vscode.Uri), fakeFolder(WS)));
  }
  override forUri(): EngagementState | undefined {
    return this.all()[0];
  }
}

/** Resets the fake: templates under /ext, the given repo folders copied under /ws, prompts cancelled. */
export async function setUp(copy: Record<string, string> = {}): Promise<{ store: LiveStore; run: (id: string, ...args: unknown[]) => Promise<unknown> }> {
  fake.files.clear();
  fake.shownMessages.length = 0;
  fake.shownDocuments.length = 0;
  fake.shownSelections.length = 0;
  validationMessages.length = 0;
  quickInputs.length = 0;
  fake.executed.length = 0;
  fake.failApplyEdit = false;
  fake.answer = () => undefined;
  workspace.isTrusted = true;
  workspace.workspaceFolders = [{ uri: Uri.file(WS), name: 'ws', index: 0 }];
  load(join(REPO, 'templates'), 'file:///ext/templates');
  for (const [from, to] of Object.entries(copy)) load(join(REPO, from), `file://${WS}/${to}`);
  const store = new LiveStore();
  await store.refresh();
  const commands = allCommands({ extensionUri: EXT as unknown as vscode.Uri, store });
  const run = (id: string, ...args: unknown[]) => commands.find((c) => c.id === id)!.execute(...args) as Promise<unknown>;
  return { store, run };
}

/** Text of a fake workspace file (relative to /ws). */
export function text(rel: string): string | undefined {
  const f = fake.files.get(`file://${WS}/${rel}`);
  return f && new TextDecoder().decode(f);
}

/** Workspace-relative paths of every fake file below /ws. */
export function wsFiles(): string[] {
  return [...fake.files.keys()].filter((k) => k.startsWith(`file://${WS}/`)).map((k) => k.slice(`file://${WS}/`.length)).sort();
}

function load(root: string, base: string): void {
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else fake.files.set(`${base}/${relative(root, p).split('\\').join('/')}`, readFileSync(p));
    }
  };
  walk(root);
}
