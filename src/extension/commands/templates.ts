import * as vscode from 'vscode';
import type { TemplateVars } from '../../core/edit/renderTemplate';
import { isRecord } from '../../core/model/engagement';
import type { EngagementState } from '../storeApi';

/** Reads a template shipped with the extension (`templates/<lang>/<layout path>`). */
export async function readTemplate(extensionUri: vscode.Uri, templatePath: string): Promise<string> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...templatePath.split('/')));
  return new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
}

/** The placeholders of a deliverable template, filled from the engagement. */
export function varsOf(state: EngagementState, today: string): TemplateVars {
  const d = state.engagement.data;
  const budget = isRecord(d.budget) ? d.budget : {};
  const team = isRecord(d.team) ? d.team : {};
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  return {
    id: str(d.id),
    title: str(d.title),
    customer: str(d.customer),
    date: today,
    currency: str(budget.currency),
    budget: typeof budget.amount === 'number' ? budget.amount : 0,
    category: str(d.category),
    language: state.engagement.language,
    owner: str(team.presales_lead),
    stage: state.engagement.stage ?? 'kickoff',
  };
}
