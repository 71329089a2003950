import { isMarkdownKind, KIND_SPECS, type Kind } from '../method/kinds';
import { owedDeliverables } from '../method/procurement';
import { STAGES } from '../method/stages';
import type { StageId } from '../method/vocabulary';
import { currentStageIndex, filesOfKind } from '../model/engagement';
import { gapText, gateGaps, gateState, type GateState } from '../model/gates';
import { stageSkipped } from '../model/stageSkip';
import type { Engagement } from '../model/records';
import type { Finding, Language, Localized, Range } from '../types';
import { joinPath } from '../workspace';

/** A deliverable slot of a stage. */
export interface DeliverableStatus {
  kind: Kind;
  label: Localized;
  /** Path of the file when it exists (first of its kind), else the template's default path. */
  path: string;
  state: 'missing' | 'invalid' | 'draft' | 'review' | 'final' | 'present';
  optional: boolean;
}

/** One unmet gate condition. */
export interface GateBlocker {
  condition: 'summary' | 'review' | 'follow-ups' | 'deliverable';
  message: string;
  /** Where to act (a file path + range), when there is a place. */
  file?: string;
  range?: Range;
}

/** Progress of one stage. */
export interface StageProgress {
  id: StageId;
  label: Localized;
  /** `skipped`: the method let the engagement skip it (research with `reason: none`); it owes nothing. */
  state: 'done' | 'current' | 'todo' | 'skipped';
  /** 0–100: deliverables present and valid, summary and review where owed. */
  percent: number;
  deliverables: DeliverableStatus[];
  summary: GateState['summary'];
  review: GateState['review'];
  /** Unmet conditions to leave this stage. */
  blockers: GateBlocker[];
  /** A stage already left (`done`) whose gate is still unmet: the views say so instead of a plain "done". */
  leftWithGateUnmet: boolean;
}

/**
 * Progress of every stage: deliverables (valid = no error finding in the file), summary, review,
 * follow-ups and the blockers of every stage reached, in `language`. Gate facts come from
 * `model/gates.ts`, which `gate-not-met` reads too.
 */
export function stageProgress(e: Engagement, findings: readonly Finding[], language: Language): StageProgress[] {
  const current = currentStageIndex(e);
  const broken = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.file));
  const route = e.tenders[0]?.procurement;
  return STAGES.map((stage, i) => {
    // The procurement route decides what the bidding stage owes (method/procurement.ts).
    const owed = owedDeliverables(stage, route);
    const skipped = stageSkipped(e, stage);
    const deliverables = [
      // A skipped stage owes nothing: its deliverables are listed as optional.
      ...owed.deliverables.map((k) => deliverable(e, k, skipped, broken)),
      ...owed.optional.map((k) => deliverable(e, k, true, broken)),
    ];
    const gate = gateState(e, stage);
    const required = deliverables.filter((d) => !d.optional);
    const units = [
      ...required.map((d) => d.state !== 'missing' && d.state !== 'invalid'),
      ...(gate.summary === 'not-owed' ? [] : [gate.summary === 'present']),
      ...(gate.review === 'not-owed' ? [] : [gate.review === 'passed']),
      // Follow-ups weigh only once there is a visit to follow up; an empty stage owes none.
      ...(gate.owed.length > 0 ? [gate.unfollowed.length === 0] : []),
    ];
    const percent = units.length === 0 ? 100 : Math.round((100 * units.filter(Boolean).length) / units.length);
    const blockers = i > current ? [] : blockersOf(gate, required, language);
    const state = skipped ? 'skipped' : i < current ? 'done' : i === current ? 'current' : 'todo';
    const leftWithGateUnmet = state === 'done' && blockers.length > 0;
    return { id: stage.id, label: stage.label, state, percent, deliverables, summary: gate.summary, review: gate.review, blockers, leftWithGateUnmet };
  });
}

/** Missing deliverables first, then the gate's own gaps. */
function blockersOf(gate: GateState, required: DeliverableStatus[], language: Language): GateBlocker[] {
  const out: GateBlocker[] = required
    .filter((d) => d.state === 'missing')
    .map((d) => ({ condition: 'deliverable', message: gapText('deliverable', language, { label: d.label[language], kind: d.kind }) }));
  for (const gap of gateGaps(gate)) {
    const blocker: GateBlocker = { condition: gap.condition === 'review-failed' ? 'review' : gap.condition, message: gapText(gap.condition, language, gap.params) };
    if (gap.at) Object.assign(blocker, gap.at);
    out.push(blocker);
  }
  return out;
}

function deliverable(e: Engagement, kind: Kind, optional: boolean, broken: Set<string>): DeliverableStatus {
  const spec = KIND_SPECS[kind];
  const file = filesOfKind(e, kind)[0];
  const base = { kind, label: spec.label, optional };
  if (!file) return { ...base, path: joinPath(e.root, spec.defaultPath), state: 'missing' };
  const status = isMarkdownKind(kind) ? e.deliverables.find((d) => d.file === file)?.status : undefined;
  const state: DeliverableStatus['state'] = broken.has(file.path) || file.unreadable ? 'invalid' : (status ?? 'present');
  return { ...base, path: file.path, state };
}
