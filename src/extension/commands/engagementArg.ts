import * as vscode from 'vscode';
import type { EngagementState, EngagementStoreApi } from '../storeApi';
import { argsOf, stringArg } from './command';

/**
 * The engagement a command acts on: named by the argument (`key`, `engagement` root, or a tree node's
 * `state`), else the active one, else the only one, else the user picks. Undefined (after telling the
 * user) when there is none.
 */
export async function resolveEngagement(store: EngagementStoreApi, arg: unknown): Promise<EngagementState | undefined> {
  const a = argsOf(arg);
  const all = store.all();
  // A root may be '' (an engagement at the folder root): read it raw, not through stringArg.
  const key = stringArg(a, 'key');
  const root = a.engagement === '' ? '' : stringArg(a, 'engagement');
  const nodeKey = stringArg(argsOf(a.state), 'key');
  const byArg =
    (key !== undefined && all.find((s) => s.key === key)) ||
    (root !== undefined && all.find((s) => s.engagement.root === root || s.key === root)) ||
    (nodeKey !== undefined && all.find((s) => s.key === nodeKey));
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
