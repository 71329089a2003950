import * as vscode from 'vscode';
import { editYamlRegion, type Finding, insertMissingField, insertSection, isKind, KIND_SPECS, type OffsetEdit, policyValue, setField, STAGES, toTextEdits } from '../core';
import { displayText } from './commands/prompts';
import { localToday } from './localToday';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { EngagementState, EngagementStoreApi } from './storeApi';

const FIXABLE = new Set(['missing-section', 'schema', 'missing-deliverable', 'follow-up-overdue', 'dangling-reference', 'gate-not-met']);

/** Quick fixes for our diagnostics. Each fix is computed from the finding's `data`, on the document's current text. */
export class PresalesQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly store: EngagementStoreApi, private readonly today: () => string = localToday) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // Untrusted workspaces are read-only (docs/security.md): every fix here edits a file or runs a write
    // command, so none is offered; the same test as the commands' `canWrite`, without its toast.
    if (!vscode.workspace.isTrusted) return [];
    const state = this.store.forUri(doc.uri);
    if (!state) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diag of context.diagnostics) {
      const code = typeof diag.code === 'object' && diag.code ? String(diag.code.value) : String(diag.code);
      if (diag.source !== DIAGNOSTIC_SOURCE || !FIXABLE.has(code)) continue;
      const finding = findingOf(this.store, state, doc.uri, code, diag);
      if (finding) actions.push(...this.fixes(doc, state, finding, diag));
    }
    return actions;
  }

  private fixes(doc: vscode.TextDocument, state: EngagementState, f: Finding, diag: vscode.Diagnostic): vscode.CodeAction[] {
    const d = f.data ?? {};
    const text = doc.getText();
    const path = doc.uri.path;
    const editAction = (title: string, edits: OffsetEdit[] | undefined, preferred: boolean) => (edits ? [action(title, diag, preferred, { doc, text, edits })] : []);
    switch (f.code) {
      case 'missing-section': {
        const heading = String(d.heading ?? '');
        if (!heading || typeof d.insertLine !== 'number') return [];
        const guidance = vscode.l10n.t('Required section of the presales method: write it here.');
        return editAction(vscode.l10n.t('Add the section "{0}"', heading), insertSection(text, d.insertLine, heading, Number(d.level ?? 2), guidance), true);
      }
      case 'schema': {
        if (d.keyword !== 'required' || typeof d.name !== 'string' || !Array.isArray(d.path)) return [];
        const name = d.name;
        const placeholder = /date|deadline|contact|follow_up|opened/.test(name) ? this.today() : '';
        const plan = editYamlRegion(path, text, (y) => insertMissingField(y, d.path as (string | number)[], name, placeholder));
        return editAction(vscode.l10n.t('Add the missing field `{0}`', name), plan.ok ? plan.edits : undefined, true);
      }
      case 'follow-up-overdue': {
        if (!Array.isArray(d.path) || typeof d.dueDate !== 'string') return [];
        const set = (date: string) => {
          const plan = setField(text, d.path as (string | number)[], 'follow_up', date, { after: 'date' });
          return plan.ok ? plan.edits : undefined;
        };
        return [
          ...editAction(vscode.l10n.t('Set follow_up to {0} (date + {1} days)', d.dueDate, policyValue(state.engagement.policy, 'follow_up_days')), set(d.dueDate), false),
          ...(d.dueDate < this.today() ? editAction(vscode.l10n.t('Record the follow-up as today ({0})', this.today()), set(this.today()), false) : []),
        ];
      }
      case 'missing-deliverable': {
        if (!isKind(d.kind)) return [];
        const a = new vscode.CodeAction(vscode.l10n.t('Create the {0} from the template', KIND_SPECS[d.kind].label[state.engagement.language]), vscode.CodeActionKind.QuickFix);
        a.diagnostics = [diag];
        a.isPreferred = true;
        a.command = { command: 'presales.newDeliverable', title: a.title, arguments: [{ key: state.key, kind: d.kind }] };
        return [a];
      }
      case 'gate-not-met': {
        // The gate of a stage already left: create its summary from the template, or record its quick review
        // (Record Quick Review opens pre-set to that stage). Follow-ups have follow-up-overdue's own fixes.
        const stage = STAGES.find((s) => s.id === d.stage);
        if (!stage) return [];
        const label = displayText(stage.label);
        const run = (title: string, command: string, args: Record<string, unknown>) => {
          const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
          a.diagnostics = [diag];
          a.command = { command, title, arguments: [{ key: state.key, ...args }] };
          return a;
        };
        if (d.condition === 'summary') return [run(vscode.l10n.t('Create the stage summary of {0} from its template', label), 'presales.newDeliverable', { kind: 'stage-summary', stage: stage.id })];
        if (d.condition === 'review') return [run(vscode.l10n.t('Record the quick review of the {0} stage…', label), 'presales.recordReview', { stage: stage.id })];
        return [];
      }
      case 'dangling-reference': {
        if (typeof d.id !== 'string') return [];
        const stakeholder = d.target === 'stakeholder';
        const a = new vscode.CodeAction(stakeholder ? vscode.l10n.t('Add stakeholder `{0}`', d.id) : vscode.l10n.t('Add requirement `{0}`', d.id), vscode.CodeActionKind.QuickFix);
        a.diagnostics = [diag];
        a.command = { command: stakeholder ? 'presales.addStakeholder' : 'presales.addRequirement', title: a.title, arguments: [{ key: state.key, id: d.id }] };
        return [a];
      }
      default:
        return [];
    }
  }
}

/** Registers the provider for YAML and Markdown files. */
export function registerQuickFixes(store: EngagementStoreApi): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    [{ language: 'yaml' }, { language: 'markdown' }, { pattern: '**/*.{yaml,yml,md}' }],
    new PresalesQuickFixes(store),
    { providedCodeActionKinds: PresalesQuickFixes.kinds },
  );
}

/** The finding behind a diagnostic: same code, range and message in the same file (several may share a token). */
function findingOf(store: EngagementStoreApi, state: EngagementState, uri: vscode.Uri, code: string, diag: vscode.Diagnostic): Finding | undefined {
  const r = diag.range;
  return state.findings.find((f) =>
    f.code === code && f.message === diag.message &&
    f.range.start.line === r.start.line && f.range.start.character === r.start.character &&
    f.range.end.line === r.end.line && f.range.end.character === r.end.character &&
    store.uriOf(state, f.file).toString() === uri.toString(),
  );
}

function action(title: string, diag: vscode.Diagnostic, preferred: boolean, change: { doc: vscode.TextDocument; text: string; edits: OffsetEdit[] }): vscode.CodeAction {
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.diagnostics = [diag];
  a.isPreferred = preferred;
  a.edit = new vscode.WorkspaceEdit();
  for (const e of toTextEdits(change.text, change.edits)) {
    a.edit.replace(change.doc.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  }
  return a;
}
