import { KIND_SPECS, isMarkdownKind, type Kind } from '../method/kinds';
import { STAGES, type StageSpec } from '../method/stages';
import type { DeliverableStatus, GateBlocker, StageProgress } from '../status/statusTypes';
import { isoDay } from '../text/isoDate';
import { formatMessage } from '../text/formatMessage';
import type { Finding } from '../types';
import { joinPath } from '../workspace';
import { currentStageIndex, filesOfKind, isRecord, itemsOf, type Engagement, type Located } from './engagement';
import { GATE_CONDITION_TEXT, type GateCondition } from './gateMessages';

/** Activity types whose follow-up the introduction gate demands (三天内回访). */
const FOLLOWED_TYPES = new Set(['visit', 'briefing', 'demo']);
const DOC_STATES = new Set(['draft', 'review', 'final']);

/**
 * Progress of every stage: deliverables (valid = no error finding in the file), summary, review,
 * follow-ups and the blockers of every stage reached. The single source of truth for gates
 * (`gate-not-met` reads it too). `findings` only decide deliverable validity; rules may pass [].
 */
export function stageProgress(e: Engagement, findings: readonly Finding[] = []): StageProgress[] {
  const current = currentStageIndex(e);
  const broken = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.file));
  return STAGES.map((stage, i) => {
    const deliverables = [
      ...stage.deliverables.map((k) => deliverable(e, k, false, broken)),
      ...stage.optional.map((k) => deliverable(e, k, true, broken)),
    ];
    const summary = !stage.gate.summary ? 'not-owed' : hasSummary(e, stage) ? 'present' : 'missing';
    const review = !stage.gate.review ? 'not-owed' : latestReview(e, stage);
    const owed = stage.gate.followUps ? followedActivities(e, stage) : [];
    const unfollowed = owed.filter((a) => a.value.follow_up === undefined || a.value.follow_up === null || a.value.follow_up === '');
    const required = deliverables.filter((d) => !d.optional);
    const units = [
      ...required.map((d) => d.state !== 'missing' && d.state !== 'invalid'),
      ...(summary === 'not-owed' ? [] : [summary === 'present']),
      ...(review === 'not-owed' ? [] : [review === 'passed']),
      // Follow-ups weigh only once there is a visit to follow up; an empty stage owes none.
      ...(owed.length > 0 ? [unfollowed.length === 0] : []),
    ];
    const percent = units.length === 0 ? 100 : Math.round((100 * units.filter(Boolean).length) / units.length);
    const blockers = i > current ? [] : gateGaps(e, stage, { summary, review, unfollowed, required });
    return { id: stage.id, label: stage.label, state: i < current ? 'done' : i === current ? 'current' : 'todo', percent, deliverables, summary, review, blockers };
  });
}

/** The gaps of one stage in a given state (deliverable gaps included). */
function gateGaps(
  e: Engagement,
  stage: StageSpec,
  s: { summary: string; review: string; unfollowed: Located<Record<string, unknown>>[]; required: DeliverableStatus[] },
): GateBlocker[] {
  const lang = e.language;
  const gaps: GateBlocker[] = [];
  const add = (gap: GateCondition, params: Record<string, unknown> = {}, where?: { file: string; range: GateBlocker['range'] }) => {
    const condition = gap === 'review-failed' ? 'review' : gap;
    gaps.push({ condition, message: formatMessage(GATE_CONDITION_TEXT[gap], lang, params), ...where });
  };
  for (const d of s.required) if (d.state === 'missing') add('deliverable', { label: d.label[lang], kind: d.kind });
  if (s.summary === 'missing') add('summary');
  if (s.review === 'missing') add('review');
  if (s.review === 'failed') {
    const last = reviewsOf(e, stage).at(-1)!;
    add('review-failed', {}, { file: last.file.path, range: last.file.yaml!.rangeAt([...last.path, 'result']) });
  }
  if (s.unfollowed.length > 0) {
    const first = s.unfollowed[0];
    add('follow-ups', { count: s.unfollowed.length }, { file: first.file.path, range: first.file.yaml!.rangeAt(first.path, 'key') });
  }
  return gaps;
}

function deliverable(e: Engagement, kind: Kind, optional: boolean, broken: Set<string>): DeliverableStatus {
  const spec = KIND_SPECS[kind];
  const file = filesOfKind(e, kind)[0];
  const base = { kind, label: spec.label, optional };
  if (!file) return { ...base, path: joinPath(e.root, spec.defaultPath), state: 'missing' };
  const status = isRecord(file.data) ? file.data.status : undefined;
  const state: DeliverableStatus['state'] = broken.has(file.path) || file.unreadable
    ? 'invalid'
    : isMarkdownKind(kind) && typeof status === 'string' && DOC_STATES.has(status) ? (status as 'draft' | 'review' | 'final') : 'present';
  return { ...base, path: file.path, state };
}

function hasSummary(e: Engagement, stage: StageSpec): boolean {
  return filesOfKind(e, 'stage-summary').some((f) => isRecord(f.data) && f.data.stage === stage.id);
}

/** Reviews of a stage with a pass/fail result, oldest first (undated first; file order breaks ties). */
function reviewsOf(e: Engagement, stage: StageSpec): Located<Record<string, unknown>>[] {
  const list = itemsOf(e, 'reviews', 'items').filter((r) => r.value.stage === stage.id && (r.value.result === 'pass' || r.value.result === 'fail'));
  const day = (r: Located<Record<string, unknown>>) => isoDay(r.value.date) ?? -Infinity;
  return list.map((r, i) => ({ r, i })).sort((a, b) => day(a.r) - day(b.r) || a.i - b.i).map((x) => x.r);
}

/** The latest review of a stage decides (a later pass clears an earlier fail, and vice versa). */
function latestReview(e: Engagement, stage: StageSpec): 'passed' | 'failed' | 'missing' {
  const last = reviewsOf(e, stage).at(-1);
  return !last ? 'missing' : last.value.result === 'pass' ? 'passed' : 'failed';
}

/** Visits, briefings and demos recorded for the stage: each owes a `follow_up` (三天内回访). */
function followedActivities(e: Engagement, stage: StageSpec): Located<Record<string, unknown>>[] {
  return itemsOf(e, 'activities', 'items').filter((a) => a.value.stage === stage.id && FOLLOWED_TYPES.has(String(a.value.type)));
}
