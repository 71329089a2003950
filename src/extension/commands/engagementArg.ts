import * as vscode from 'vscode';
import type { EngagementState, EngagementStoreApi } from '../storeApi';
import { argsOf } from './command';

/**
 * The engagement a command acts on: named by the argument (`key`, `engagement` root, or a tree node's
 * `state`), else the active one, else the only one, else the user picks. Undefined (after telling the
 * user) when there is none.
 */
export async function resolveEngagement(store: EngagementStoreApi, arg: unknown): Promise<EngagementState | undefined> {
  const a = argsOf(arg);
  const all = store.all();
  const node = a.state as EngagementState | undefined;
  const byArg =
    (typeof a.key === 'string' && all.find((s) => s.key === a.key)) ||
    (typeof a.engagement === 'string' && all.find((s) => s.engagement.root === a.engagement || s.key === a.engagement)) ||
    (node && typeof node.key === 'string' && all.find((s) => s.key === node.key));
  if (byArg) return byArg;
  const active = store.active();
  if (active) return active;
  if (all.length === 1) return all[0];
  if (all.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No engagement found: create one with "New Engagement" first.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    all.map((s) => ({ label: s.status.title || s.status.id || s.engagement.root, description: s.engagement.root || s.folder.name, state: s })),
    { title: vscode.l10n.t('Which engagement?') },
  );
  if (picked) store.setActive(picked.state.key);
  return picked?.state;
}
