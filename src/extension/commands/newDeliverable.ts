import * as vscode from 'vscode';
import { isKind, type Kind, KIND_SPECS, renderTemplate, safeJoin, STAGE_IDS, type StageId, STAGES, templatePlan } from '../../core';
import { displayLanguageOf } from '../displayLanguage';
import { localToday } from '../localToday';
import type { EngagementState } from '../storeApi';
import { createFiles, exists } from './applyWrites';
import { argsOf, type Command, type CommandServices } from './command';
import { resolveEngagement } from './engagementArg';
import { displayText, oneOf } from './prompts';
import { choiceDescription } from './recordChoices';
import { readTemplate, varsOf } from './templates';
import { canWrite } from './writeGuard';
import { BACK, pickStep, type Row, type SeparatorRow, separator } from './wizard';

/**
 * `presales.newDeliverable`: creates a deliverable from its template. Without a `kind` it offers every
 * stage's kinds, grouped by stage with the current stage first, missing ones marked — so a summary
 * owed by a stage already left can be created from the UI. A stage summary is written for the stage
 * chosen (`<NN-stage>/summary.md`, `stage:` filled). Existing files are opened, never overwritten.
 * Args: `{ key | engagement, kind, stage }` (the `gate-not-met` fix passes both) or a tree deliverable node.
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
      const argKind = isKind(a.kind) ? a.kind : isKind(nodeKind) ? nodeKind : undefined;
      const argStage = oneOf(a.stage, STAGE_IDS) ?? oneOf((a.stage as { id?: unknown } | undefined)?.id, STAGE_IDS);
      const choice = argKind ? { kind: argKind, stage: argStage ?? state.engagement.stage } : await pickKind(state);
      if (!choice) return;
      const { kind, stage } = choice;
      const plan = templatePlan(state.engagement.language, [kind], stage);
      const vars = { ...varsOf(state, localToday()), ...(kind === 'stage-summary' && stage ? { stage } : {}) };
      const files: { uri: vscode.Uri; path: string; text: string }[] = [];
      const present: { uri: vscode.Uri; path: string }[] = [];
      for (const p of plan) {
        const target = safeJoin(state.engagement.root, p.target);
        if (!target) continue;
        const uri = services.store.uriOf(state, target);
        if (await exists(uri)) present.push({ uri, path: target });
        else files.push({ uri, path: target, text: renderTemplate(await readTemplate(services.extensionUri, p.template), vars, p.format) });
      }
      if (files.length === 0) {
        if (present[0]) await vscode.window.showTextDocument(present[0].uri, { preview: false });
        void vscode.window.showInformationMessage(vscode.l10n.t('The {0} already exists; it was opened, not overwritten.', displayText(KIND_SPECS[kind].label)));
        return;
      }
      if (!(await createFiles(files))) return;
      await vscode.window.showTextDocument(files[0].uri, { preview: false });
      if (files.length + present.length > 1) tellCreated(files, present);
    },
  };
}

/**
 * A kind written as several files (the technical and the commercial 偏离表): one editor opens, so a toast
 * names every file created (and any that already existed) with a button to open each of the others.
 */
function tellCreated(files: readonly { uri: vscode.Uri; path: string }[], present: readonly { uri: vscode.Uri; path: string }[]): void {
  const list = (xs: readonly { path: string }[]) => xs.map((x) => x.path).join(displayLanguageOf(vscode.env.language) === 'zh-CN' ? '、' : ', ');
  const created = files.length === 1 ? vscode.l10n.t('Created {0}.', files[0].path) : vscode.l10n.t('Created {0} files: {1}.', files.length, list(files));
  const kept = present.length === 0 ? '' : ` ${vscode.l10n.t('Already there, not changed: {0}.', list(present))}`;
  const others = [...files.slice(1), ...present];
  const buttons = others.map((o) => vscode.l10n.t('Open {0} as well', o.path.slice(o.path.lastIndexOf('/') + 1)));
  // Not awaited: the command is done once the files are written; the toast stays for the user.
  void vscode.window.showInformationMessage(`${created}${kept}`, ...buttons).then((choice) => {
    const other = choice === undefined ? undefined : others[buttons.indexOf(choice)];
    if (other) void vscode.window.showTextDocument(other.uri, { preview: false });
  });
}

/** A deliverable to create: its kind, and the stage a stage summary is for. */
interface KindChoice {
  kind: Kind;
  stage?: StageId;
}

/**
 * Every stage's kinds (their summary included when the gate wants one), grouped under a separator per
 * stage, the current stage first and then the others in method order; in each group missing ones first.
 */
async function pickKind(state: EngagementState): Promise<KindChoice | undefined> {
  const current = state.engagement.stage;
  const order = [...STAGES.filter((s) => s.id === current), ...STAGES.filter((s) => s.id !== current)];
  const rows: (Row<KindChoice> | SeparatorRow)[] = [];
  for (const spec of order) {
    const progress = state.status.stages.find((s) => s.id === spec.id);
    const kinds: Kind[] = [...spec.deliverables, ...spec.optional.filter((k) => KIND_SPECS[k].defaultPath.includes('/')), ...(spec.gate.summary ? (['stage-summary'] as Kind[]) : [])];
    const isMissing = (k: Kind) => (k === 'stage-summary' ? progress?.summary !== 'present' : !state.engagement.files.some((f) => f.kind === k));
    const group = kinds
      .map((k) => ({ k, missing: isMissing(k) }))
      .sort((x, y) => Number(y.missing) - Number(x.missing))
      .map(({ k, missing }): Row<KindChoice> => ({
        label: displayText(KIND_SPECS[k].label),
        description: choiceDescription(k, KIND_SPECS[k].label),
        detail: missing ? vscode.l10n.t('Missing — create it from the template') : vscode.l10n.t('Exists — it will be opened, not overwritten'),
        value: { kind: k, stage: spec.id },
      }));
    if (group.length === 0) continue;
    rows.push(separator(spec.id === current ? vscode.l10n.t('{0} (current stage)', displayText(spec.label)) : displayText(spec.label)), ...group);
  }
  const picked = await pickStep({ title: vscode.l10n.t('New Deliverable'), step: 1, totalSteps: 1 }, { placeholder: vscode.l10n.t('Which deliverable?'), rows });
  return picked === BACK || picked === null ? undefined : picked;
}
