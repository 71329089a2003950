import * as vscode from 'vscode';
import { editYamlRegion, type Finding, FIXABLE_CODES, insertMissingField, insertSection, isKind, KIND_SPECS, type OffsetEdit, policyValue, setField, STAGES, toTextEdits } from '../core';
import { displayText } from './commands/prompts';
import { localToday } from './localToday';
import { codeOf, diagnosticKey, type FindingLookup } from './diagnostics';
import { problemsMessage } from './problemsText';
import { toVsRange } from './vsRange';
import type { EngagementState, EngagementStoreApi } from './storeApi';

/**
 * Quick fixes for our diagnostics. Each diagnostic carries its finding (the publisher's `FindingLookup`,
 * keyed by code, range and message), and each fix is computed from that finding's `data` on the document's
 * current text; which codes have fixes is the rules' `meta.fixable`.
 */
export class PresalesQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly store: EngagementStoreApi,
    private readonly today: () => string = localToday,
    private readonly findings: FindingLookup = lookupInStore(store),
  ) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // Untrusted workspaces are read-only (docs/security.md): every fix here edits a file or runs a write
    // command, so none is offered; the same test as the commands' `canWrite`, without its toast.
    if (!vscode.workspace.isTrusted) return [];
    const state = this.store.forUri(doc.uri);
    if (!state) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diag of context.diagnostics) {
      if (!FIXABLE_CODES.has(codeOf(diag))) continue;
      const origin = this.findings.findingFor(doc.uri, diag);
      if (origin) actions.push(...this.fixes(doc, state, origin.finding, diag));
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
        // The finding carries the field's schema format: a date field gets today, anything else stays empty.
        const placeholder = d.format === 'date' ? this.today() : '';
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
        // One finding lists every deliverable its stage lacks (data.kinds): one fix per kind.
        const kinds = Array.isArray(d.kinds) ? d.kinds.filter(isKind) : [];
        return kinds.map((kind, i) => {
          const a = new vscode.CodeAction(vscode.l10n.t('Create the {0} from the template', KIND_SPECS[kind].label[state.engagement.language]), vscode.CodeActionKind.QuickFix);
          a.diagnostics = [diag];
          a.isPreferred = kinds.length === 1 && i === 0;
          a.command = { command: 'presales.newDeliverable', title: a.title, arguments: [{ key: state.key, kind, stage: d.stage }] };
          return a;
        });
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
        // One finding lists every unmet condition of the gate (data.conditions): one fix per condition.
        const conditions = Array.isArray(d.conditions) ? d.conditions : [];
        return [
          ...(conditions.includes('summary') ? [run(vscode.l10n.t('Create the stage summary of {0} from its template', label), 'presales.newDeliverable', { kind: 'stage-summary', stage: stage.id })] : []),
          ...(conditions.includes('review') ? [run(vscode.l10n.t('Record the quick review of the {0} stage…', label), 'presales.recordReview', { stage: stage.id })] : []),
        ];
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

/** Registers the provider for YAML and Markdown files; `findings` is the diagnostics publisher. */
export function registerQuickFixes(store: EngagementStoreApi, findings: FindingLookup): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    [{ language: 'yaml' }, { language: 'markdown' }, { pattern: '**/*.{yaml,yml,md}' }],
    new PresalesQuickFixes(store, localToday, findings),
    { providedCodeActionKinds: PresalesQuickFixes.kinds },
  );
}

/** A lookup over the store's current findings, by the publisher's key (for hosts that publish elsewhere, and tests). */
export function lookupInStore(store: EngagementStoreApi): FindingLookup {
  return {
    findingFor(uri, diag) {
      const state = store.forUri(uri);
      const key = diagnosticKey(codeOf(diag), diag.range, diag.message);
      const finding = state?.findings.find((f) => diagnosticKey(f.code, f.range, problemsMessage(f.message, state.status.language)) === key && store.uriOf(state, f.file).toString() === uri.toString());
      return state && finding ? { finding, state } : undefined;
    },
  };
}

function action(title: string, diag: vscode.Diagnostic, preferred: boolean, change: { doc: vscode.TextDocument; text: string; edits: OffsetEdit[] }): vscode.CodeAction {
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.diagnostics = [diag];
  a.isPreferred = preferred;
  a.edit = new vscode.WorkspaceEdit();
  for (const e of toTextEdits(change.text, change.edits)) {
    a.edit.replace(change.doc.uri, toVsRange(e.range), e.newText);
  }
  return a;
}
