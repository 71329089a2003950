import * as vscode from 'vscode';
import { type GapType, GAP_TYPES, isFields, isFiniteNumber, type KanoClass, KANO_CLASSES, nextRequirementId, REQUIREMENT_STATUSES, type RequirementStatus, textOf } from '../../core';
import { amountHint, amountProblem, amountValue } from './amountStep';
import { argsOf, stringArg, type Command, type CommandServices } from './command';
import { addListItem } from './listWriter';
import { oneOf } from './prompts';
import { gapTypeRows, kanoRows, personRows, reasonableRows, requirementStatusRows } from './recordChoices';
import { inputStep, pickStep, runWizard, settle, type WizardStep } from './wizard';
import { writableEngagement } from './writerCommand';
import { confirmWritten } from './writtenAt';

/**
 * `presales.addRequirement`: title, Kano class, reasonable, status, source (a stakeholder), estimate
 * (amounts such as "120万", "1.2M" understood) and, optionally, the product gap; the id is the next
 * `REQ-NNN` unless given. Args (all optional): `{ key | engagement, id, title, kano, reasonable, status,
 * source, estimate, gap: { type, area } }`. When the caller gives `title`, what it leaves out is not asked.
 */
export function addRequirementCommand(services: CommandServices): Command {
  return {
    id: 'presales.addRequirement',
    async execute(arg?: unknown) {
      const state = await writableEngagement(services, arg, 'requirements');
      if (!state) return;
      const a = argsOf(arg);
      const e = state.engagement;
      const scripted = stringArg(a, 'title') !== undefined;
      const id = stringArg(a, 'id') ?? nextRequirementId(e.requirements.map((r) => r.id));
      const givenGap = isFields(a.gap) ? a.gap : undefined;
      // An estimate argument: a number, or an amount as a writer types it ("120万", "1.2M").
      const estimateText = textOf(a.estimate);
      const givenEstimate = isFiniteNumber(a.estimate) ? a.estimate : estimateText !== undefined ? amountValue(estimateText) : undefined;
      const r: {
        title?: string; kano?: KanoClass | null; reasonable?: boolean | null; status?: RequirementStatus | null; source?: string | null; estimate?: number | null; gap?: GapType | null; gapArea?: string;
      } = {
        title: stringArg(a, 'title'),
        kano: oneOf(a.kano, KANO_CLASSES) ?? (scripted ? null : undefined),
        reasonable: typeof a.reasonable === 'boolean' ? a.reasonable : scripted ? null : undefined,
        status: oneOf(a.status, REQUIREMENT_STATUSES) ?? (scripted ? null : undefined),
        source: stringArg(a, 'source') ?? (scripted ? null : undefined),
        estimate: givenEstimate ?? (scripted ? null : undefined),
        gap: oneOf(givenGap?.type, GAP_TYPES) ?? (scripted ? null : undefined),
        gapArea: textOf(givenGap?.area) ?? (scripted ? '' : undefined),
      };
      const given = { ...r };
      const people = personRows(e.people);
      const currency = e.budget?.currency;
      const title = vscode.l10n.t('Add Requirement {0}', id);
      const steps: WizardStep[] = [
        { skip: () => given.title !== undefined, run: async (at) => settle(await inputStep(at, { prompt: vscode.l10n.t('The need in the customer\'s words'), value: r.title }), (v) => (r.title = v)) },
        { skip: () => given.kano !== undefined, run: async (at) => settle(await pickStep(at, { placeholder: vscode.l10n.t('Kano class'), rows: kanoRows(), active: r.kano ?? undefined }), (v) => (r.kano = v)) },
        { skip: () => given.reasonable !== undefined, run: async (at) => settle(await pickStep(at, { placeholder: vscode.l10n.t('Is the need reasonable?'), rows: reasonableRows(), active: r.reasonable ?? true, optional: true }), (v) => (r.reasonable = v)) },
        { skip: () => given.status !== undefined, run: async (at) => settle(await pickStep(at, { placeholder: vscode.l10n.t('How far our offer meets it'), rows: requirementStatusRows(), active: r.status ?? undefined, optional: true }), (v) => (r.status = v)) },
        { skip: () => given.source !== undefined, run: async (at) => settle(await pickStep(at, { placeholder: vscode.l10n.t('Who raised it (source)'), rows: people, active: r.source ?? undefined, optional: true }), (v) => (r.source = v)) },
        {
          skip: () => given.estimate !== undefined,
          run: async (at) => settle(await inputStep(at, {
            prompt: currency ? vscode.l10n.t('Estimated cost to meet it, in {0}', currency) : vscode.l10n.t('Estimated cost to meet it'),
            placeholder: amountHint(), optional: true, validate: (v) => amountProblem(v, currency),
          }), (v) => (r.estimate = v === '' ? null : amountValue(v))),
        },
        { skip: () => given.gap !== undefined, run: async (at) => settle(await pickStep(at, { placeholder: vscode.l10n.t('Product gap (if the product cannot do it as is)'), rows: gapTypeRows(), active: r.gap ?? undefined, optional: true }), (v) => (r.gap = v)) },
        { skip: () => given.gapArea !== undefined || !r.gap, run: async (at) => settle(await inputStep(at, { prompt: vscode.l10n.t('Product area of the gap (module, component)'), value: r.gapArea, optional: true }), (v) => (r.gapArea = v)) },
      ];
      if (!(await runWizard(title, steps))) return;
      if (!r.title) return;
      const written = await addListItem(services, state, 'requirements', 'items', {
        id,
        title: r.title,
        kano: r.kano ?? undefined,
        reasonable: r.reasonable ?? undefined,
        status: r.status ?? undefined,
        source: r.source ?? undefined,
        estimate: r.estimate ?? undefined,
        gap: r.gap ? { type: r.gap, area: r.gapArea || undefined } : undefined,
      });
      if (written) void confirmWritten(vscode.l10n.t('Requirement {0} added to {1}, line {2}.', id, vscode.workspace.asRelativePath(written.uri), written.line + 1), written);
    },
  };
}
