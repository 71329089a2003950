import * as vscode from 'vscode';
import type { EngagementState, EngagementStoreApi } from '../storeApi';
import { toVsRange } from '../vsRange';
import type { ViewRange, WebviewMessage } from '../../webview/protocol';

/** Opens a file of an engagement, selects `range` and scrolls it to the centre. */
export async function revealInEditor(store: EngagementStoreApi, state: EngagementState, file: string, range: ViewRange): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(store.uriOf(state, file));
  const r = toVsRange(range);
  const editor = await vscode.window.showTextDocument(doc, { preview: false, selection: r });
  editor.revealRange(r, vscode.TextEditorRevealType.InCenter);
}

/**
 * Carries out a message the validator accepted. `exists` of a deliverable is re-read from the host's own status:
 * the webview's copy may be stale.
 */
export async function runDashboardAction(store: EngagementStoreApi, state: EngagementState, msg: WebviewMessage): Promise<void> {
  switch (msg.type) {
    case 'reveal':
      return revealInEditor(store, state, msg.file, msg.range);
    case 'openStakeholder': {
      const person = state.status.stakeholders.people.find((p) => p.id === msg.id);
      if (person) await revealInEditor(store, state, person.file, person.range);
      return;
    }
    case 'openDeliverable': {
      const slot = state.status.stages.flatMap((s) => s.deliverables).find((d) => d.kind === msg.kind && d.path === msg.path);
      if (slot && slot.state !== 'missing') {
        await vscode.window.showTextDocument(store.uriOf(state, slot.path), { preview: false });
      } else {
        store.setActive(state.key);
        await vscode.commands.executeCommand('presales.newDeliverable', { engagement: state.engagement.root, kind: msg.kind });
      }
      return;
    }
    case 'command':
      store.setActive(state.key);
      await vscode.commands.executeCommand(msg.command);
      return;
    default:
      return;
  }
}
