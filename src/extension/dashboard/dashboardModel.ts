import type { DeliverableStatus, EngagementStatus, GateBlocker, OtherFindings, QualificationSummary, StageProgress } from '../../core';
import type { DashboardModel, ViewBlocker, ViewDeliverable, ViewOtherFindings, ViewQualification, ViewStage } from '../../webview/protocol';
import { pick, type DisplayLanguage } from '../displayLanguage';
import { bidCardModel } from './bidCardModel';
import { mapModel } from './mapModel';
import { pitfallModel, scopeBarModel } from './pitfallModel';

/**
 * Turns an engagement's status into what the sidebar draws, in `lang`. Pure: no VS Code, no I/O,
 * so the host and the tests build the same model.
 */
export function dashboardModel(status: EngagementStatus, key: string, lang: DisplayLanguage): DashboardModel {
  const stages = status.stages.map((s) => stageModel(s, lang));
  const bidCard = bidCardModel(status);
  return {
    key,
    title: status.title,
    customer: status.customer,
    language: lang,
    stages,
    currentStage: stages.findIndex((s) => s.state === 'current'),
    map: mapModel(status, lang),
    pitfalls: pitfallModel(status.pitfalls, lang),
    scope: scopeBarModel(status.budget),
    ...(bidCard ? { bid: bidCard } : {}),
    ...(status.qualification ? { qualification: qualificationModel(status.qualification, lang) } : {}),
    ...(status.otherFindings.length ? { otherFindings: otherFindingsModel(status.otherFindings, lang) } : {}),
    counts: { ...status.counts },
  };
}

function qualificationModel(q: QualificationSummary, lang: DisplayLanguage): ViewQualification {
  return { score: q.score, items: q.items.map((i) => ({ letter: i.letter, label: pick(i.label, lang), met: i.met })) };
}

function stageModel(s: StageProgress, lang: DisplayLanguage): ViewStage {
  return {
    id: s.id,
    label: pick(s.label, lang),
    state: s.state,
    percent: Math.max(0, Math.min(100, Math.round(s.percent))),
    deliverables: s.deliverables.map((d) => deliverableModel(d, lang)),
    blockers: s.blockers.map(blockerModel),
    ...(s.leftWithGateUnmet ? { gateUnmet: true } : {}),
  };
}

function otherFindingsModel(groups: OtherFindings[], lang: DisplayLanguage): ViewOtherFindings[] {
  return groups.map((g) => ({ code: g.code, severity: g.severity, count: g.count, summary: pick(g.summary, lang), location: { file: g.first.file, range: g.first.range } }));
}

function deliverableModel(d: DeliverableStatus, lang: DisplayLanguage): ViewDeliverable {
  return { kind: d.kind, label: pick(d.label, lang), path: d.path, exists: d.state !== 'missing', state: d.state, optional: d.optional };
}

function blockerModel(b: GateBlocker): ViewBlocker {
  return b.file && b.range ? { message: b.message, location: { file: b.file, range: b.range } } : { message: b.message };
}
