import type * as vscode from 'vscode';
import { checkEngagement } from '../../../src/core/checkEngagement';
import { discoverEngagements } from '../../../src/core/discoverEngagements';
import { loadEngagement } from '../../../src/core/loadEngagement';
import { buildStatus } from '../../../src/core/status/statusBuilder';
import type { EngagementFs } from '../../../src/core/workspace';
import type { EngagementState, EngagementStoreApi } from '../../../src/extension/storeApi';
import { TODAY } from './checkFixture';
import { EventEmitter, Uri } from './fakeVscode';

/** A workspace folder of the fake API. */
export function fakeFolder(path = '/ws', index = 0): vscode.WorkspaceFolder {
  return { uri: Uri.file(path), name: path.split('/').pop() ?? '', index } as unknown as vscode.WorkspaceFolder;
}

/** Checks every engagement of `fs` with the real core, as the store would, and returns their states. */
export async function statesOf(fs: EngagementFs, folder = fakeFolder(), today = TODAY): Promise<EngagementState[]> {
  const out: EngagementState[] = [];
  for (const found of await discoverEngagements(fs)) {
    const engagement = await loadEngagement(fs, found);
    const findings = checkEngagement(engagement, { today });
    out.push({ key: `${folder.uri.toString()}#${found.root}`, folder, engagement, findings, status: buildStatus(engagement, findings, { today }), generation: out.length + 1 });
  }
  return out;
}

/** A store that serves fixed states; `set` replaces them and fires `onDidChange` like the real one. */
export class FixedStore implements EngagementStoreApi {
  private readonly changed = new EventEmitter<EngagementState[]>();
  private readonly activeChanged = new EventEmitter<EngagementState | undefined>();
  readonly onDidChange = this.changed.event as unknown as vscode.Event<EngagementState[]>;
  readonly onDidChangeActive = this.activeChanged.event as unknown as vscode.Event<EngagementState | undefined>;

  constructor(private states: EngagementState[] = []) {}

  set(states: EngagementState[], changed = states): void {
    this.states = states;
    this.changed.fire(changed);
  }
  all(): EngagementState[] {
    return this.states;
  }
  forUri(): EngagementState | undefined {
    return undefined;
  }
  active(): EngagementState | undefined {
    return this.states[0];
  }
  setActive(): void {}
  uriOf(state: EngagementState, path: string): vscode.Uri {
    return Uri.joinPath(state.folder.uri as unknown as Uri, ...path.split('/')) as unknown as vscode.Uri;
  }
  async refresh(): Promise<void> {}
  /** Fixed states keep every text. */
  async loaded(state: EngagementState): Promise<EngagementState> {
    return state;
  }
}
