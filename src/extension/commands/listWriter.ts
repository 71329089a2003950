import * as vscode from 'vscode';
import { appendListItem, editYamlRegion, filesOfKind, type Kind, renderTemplate, safeJoin, templatePlan } from '../../core';
import { localToday } from '../localToday';
import type { EngagementState } from '../storeApi';
import { applyPlan, createFiles, editFile, refusalMessage } from './applyWrites';
import type { CommandServices } from './command';
import { readTemplate, varsOf } from './templates';
import { writtenLine, type WrittenAt } from './writtenAt';

/**
 * Appends one item to the list of an engagement file (`people` of stakeholders.yaml, `items` of
 * activities.yaml, …) as an undoable edit; creates the file from its template first when it is missing.
 * Returns where the item was written (for the confirmation's Open button), undefined when nothing was.
 */
export async function addListItem(services: CommandServices, state: EngagementState, kind: Kind, listKey: string, item: Record<string, unknown>): Promise<WrittenAt | undefined> {
  const file = filesOfKind(state.engagement, kind)[0];
  if (file) {
    const uri = services.store.uriOf(state, file.path);
    let line = 0;
    const ok = await editFile(uri, (text) => editYamlRegion(file.path, text, (yaml) => appendListItem(yaml, listKey, item)), {
      reveal: false,
      applied: (text, edits) => (line = writtenLine(text, edits)),
    });
    return ok ? { uri, line } : undefined;
  }
  const plan = templatePlan(state.engagement.language, [kind])[0];
  const target = safeJoin(state.engagement.root, plan.target);
  if (!target) return undefined;
  const template = renderTemplate(await readTemplate(services.extensionUri, plan.template), varsOf(state, localToday()), plan.format);
  const append = appendListItem(template, listKey, item);
  const text = applyPlan(template, append);
  if (text === undefined || !append.ok) {
    void vscode.window.showErrorMessage(refusalMessage('not-a-list', plan.template));
    return undefined;
  }
  const uri = services.store.uriOf(state, target);
  if (!(await createFiles([{ uri, text }]))) return undefined;
  return { uri, line: writtenLine(template, append.edits) };
}
