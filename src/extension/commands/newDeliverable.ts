import * as vscode from 'vscode';
import { isKind, type Kind, KIND_SPECS, renderTemplate, safeJoin, stageSpec, templatePlan } from '../../core';
import { localToday } from '../engagementStore';
import type { EngagementState } from '../storeApi';
import { createFiles, exists } from './applyWrites';
import { argsOf, type Command, type CommandServices } from './command';
import { resolveEngagement } from './engagementArg';
import { displayText, pickOne, type Choice } from './prompts';
import { readTemplate, varsOf } from './templates';
import { canWrite } from './writeGuard';

/**
 * `presales.newDeliverable`: creates a deliverable from its template. Without a `kind` it offers what the
 * current stage expects, missing ones first. A stage summary is written for the current stage
 * (`<NN-stage>/summary.md`, `stage:` filled). Existing files are opened, never overwritten.
 * Args: `{ key | engagement, kind }` or a tree deliverable node.
 */
export function newDeliverableCommand(services: CommandServices): Command {
  return {
    id: 'presales.newDeliverable',
    async execute(arg?: unknown) {
      if (!canWrite()) return;
      const state = await resolveEngagement(services.store, arg);
      if (!state) return;
      const a = argsOf(arg);
      const nodeKind = (a.deliverable as { kind?: unknown } | undefined)?.kind;
      const kind = isKind(a.kind) ? a.kind : isKind(nodeKind) ? nodeKind : await pickKind(state);
      if (!kind) return;
      const plan = templatePlan(state.engagement.language, [kind], state.engagement.stage);
      const vars = varsOf(state, localToday());
      const files: { uri: vscode.Uri; text: string }[] = [];
      const present: vscode.Uri[] = [];
      for (const p of plan) {
        const target = safeJoin(state.engagement.root, p.target);
        if (!target) continue;
        const uri = services.store.uriOf(state, target);
        if (await exists(uri)) present.push(uri);
        else files.push({ uri, text: renderTemplate(await readTemplate(services.extensionUri, p.template), vars, p.format) });
      }
      if (files.length === 0) {
        if (present[0]) await vscode.window.showTextDocument(present[0], { preview: false });
        void vscode.window.showInformationMessage(vscode.l10n.t('The {0} already exists; it was opened, not overwritten.', displayText(KIND_SPECS[kind].label)));
        return;
      }
      if (!(await createFiles(files))) return;
      await vscode.window.showTextDocument(files[0].uri, { preview: false });
    },
  };
}

/** The kinds the current stage expects (its summary included when its gate wants one), missing first. */
async function pickKind(state: EngagementState): Promise<Kind | undefined> {
  const stage = state.engagement.stage;
  if (!stage) {
    void vscode.window.showErrorMessage(vscode.l10n.t('engagement.yaml names no valid stage; set `stage:` first.'));
    return undefined;
  }
  const spec = stageSpec(stage);
  const progress = state.status.stages.find((s) => s.id === stage);
  const kinds: Kind[] = [...spec.deliverables, ...spec.optional.filter((k) => KIND_SPECS[k].defaultPath.includes('/')), ...(spec.gate.summary ? (['stage-summary'] as Kind[]) : [])];
  const isMissing = (k: Kind) =>
    k === 'stage-summary' ? progress?.summary !== 'present' : !state.engagement.files.some((f) => f.kind === k);
  const choices = kinds
    .map((k): Choice<Kind> & { missing: boolean } => ({
      label: displayText(KIND_SPECS[k].label),
      description: isMissing(k) ? vscode.l10n.t('{0} · missing', k) : vscode.l10n.t('{0} · exists', k),
      value: k,
      missing: isMissing(k),
    }))
    .sort((x, y) => Number(y.missing) - Number(x.missing));
  return pickOne(vscode.l10n.t('Which deliverable?'), choices);
}
