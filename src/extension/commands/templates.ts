import * as vscode from 'vscode';
import type { TemplateVars } from '../../core';
import type { EngagementState } from '../storeApi';

/** Reads a template shipped with the extension (`templates/<lang>/<layout path>`). */
export async function readTemplate(extensionUri: vscode.Uri, templatePath: string): Promise<string> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...templatePath.split('/')));
  return new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
}

/** The placeholders of a deliverable template, filled from the engagement. */
export function varsOf(state: EngagementState, today: string): TemplateVars {
  const e = state.engagement;
  return {
    id: e.id ?? '',
    title: e.title ?? '',
    customer: e.customer ?? '',
    date: today,
    currency: e.budget?.currency ?? '',
    budget: e.budget?.amount ?? 0,
    category: e.category ?? '',
    language: e.language,
    owner: e.team.presalesLead ?? '',
    stage: e.stage ?? 'kickoff',
  };
}
