import * as vscode from 'vscode';
import { appendListItem } from '../../core/edit/listEdit';
import { renderTemplate } from '../../core/edit/renderTemplate';
import { safeJoin } from '../../core/edit/safeJoin';
import { templatePlan } from '../../core/edit/templatePlan';
import { editYamlRegion } from '../../core/edit/yamlRegion';
import type { Kind } from '../../core/method/kinds';
import { filesOfKind } from '../../core/model/engagement';
import { localToday } from '../engagementStore';
import type { EngagementState } from '../storeApi';
import { applyPlan, createFiles, editFile, refusalMessage } from './applyWrites';
import type { CommandServices } from './command';
import { readTemplate, varsOf } from './templates';

/**
 * Appends one item to the list of an engagement file (`people` of stakeholders.yaml, `items` of
 * activities.yaml, …) as an undoable edit; creates the file from its template first when it is missing.
 */
export async function addListItem(services: CommandServices, state: EngagementState, kind: Kind, listKey: string, item: Record<string, unknown>): Promise<boolean> {
  const file = filesOfKind(state.engagement, kind)[0];
  if (file) {
    return editFile(services.store.uriOf(state, file.path), (text) => editYamlRegion(file.path, text, (yaml) => appendListItem(yaml, listKey, item)));
  }
  const plan = templatePlan(state.engagement.language, [kind])[0];
  const target = safeJoin(state.engagement.root, plan.target);
  if (!target) return false;
  const template = renderTemplate(await readTemplate(services.extensionUri, plan.template), varsOf(state, localToday()), plan.format);
  const text = applyPlan(template, appendListItem(template, listKey, item));
  if (text === undefined) {
    void vscode.window.showErrorMessage(refusalMessage('not-a-list', plan.template));
    return false;
  }
  const uri = services.store.uriOf(state, target);
  if (!(await createFiles([{ uri, text }]))) return false;
  await vscode.window.showTextDocument(uri, { preview: false });
  return true;
}
