import { isMarkdownKind } from '../method/kinds';
import { CUSTOMER_PHASES, DOC_STATUSES, oneOf, OUTCOMES, STAGE_IDS } from '../method/vocabulary';
import type { SourceFile } from '../parse/sourceFile';
import type { ClosureFacts, Deliverable, IdRef, InterfaceForm, Qualification } from './records';
import { bool, date, idRefs, isMap, mapOf, num, text, texts, type RawMap } from './readValues';
import type { Source } from './source';

/** One `kind: interface-form` file (售前接口表), Format 2 `qualification` included. */
export function readInterfaceForm(file: SourceFile): InterfaceForm {
  const d = mapOf(file.data);
  const at: Source = { file, path: [] };
  return {
    at,
    customer: text(d.customer),
    project: text(d.project),
    budget: num(d.budget),
    ...(d.budget !== undefined && d.budget !== null && num(d.budget) === undefined ? { budgetMalformed: true as const } : {}),
    timeline: text(d.timeline),
    keyDemands: texts(d.key_demands),
    keyAdvantages: texts(d.key_advantages),
    competitors: texts(d.competitors),
    contacts: idRefs(at, d, 'contacts'),
    qualification: isMap(d.qualification) ? readQualification(d.qualification, { file, path: ['qualification'] }) : undefined,
  };
}

function readQualification(q: RawMap, at: Source): Qualification {
  const one = (field: string): IdRef | undefined => (Array.isArray(q[field]) ? undefined : idRefs(at, q, field)[0]);
  return {
    at,
    budgetConfirmed: bool(q.budget_confirmed),
    approver: one('approver'),
    decisionCriteria: texts(q.decision_criteria),
    decisionProcess: text(q.decision_process),
    paperProcess: text(q.paper_process),
    pain: texts(q.pain),
    champion: one('champion'),
    competition: texts(q.competition),
    customerPhase: oneOf(CUSTOMER_PHASES, q.customer_phase),
    projectApproved: q.project_approved === null ? null : date(q.project_approved),
  };
}

/** A Markdown deliverable, or undefined for a file that is not one. */
export function readDeliverable(file: SourceFile): Deliverable | undefined {
  if (!file.kind || !isMarkdownKind(file.kind)) return undefined;
  const d = mapOf(file.data);
  const out: Deliverable = {
    at: { file, path: [] },
    kind: file.kind,
    file,
    stage: oneOf(STAGE_IDS, d.stage),
    status: oneOf(DOC_STATUSES, d.status),
    owner: text(d.owner),
    headings: file.headings,
  };
  if (file.kind === 'closure-report') out.closure = readClosure(d);
  return out;
}

function readClosure(d: RawMap): ClosureFacts {
  return {
    outcome: oneOf(OUTCOMES, d.outcome),
    lostTo: text(d.lost_to),
    reasons: texts(d.reasons),
    ourScore: num(d.our_score),
    winnerScore: num(d.winner_score),
    lessons: texts(d.lessons),
  };
}
