import type { EngagementFacts } from './engagementFacts';
import { lossReasons, winRate, type ReasonCount } from './winLoss';

/** 售前考评 of one presales lead across the portfolio (`presales portfolio --by person`). */
export interface PersonEvaluation {
  /** `team.presales_lead`; null for engagements that name none. */
  person: string | null;
  engagements: number;
  open: number;
  won: number;
  lost: number;
  win_rate: number | null;
  follow_ups: { owed: number; on_time: number; ratio: number | null };
  gates: { due: number; on_time: number };
  /** Engagements whose research days exceed their limit, and the days over it in total. */
  research_over: { engagements: number; days_over: number };
  star_problems: number;
  history_findings: number;
  loss_reasons: ReasonCount[];
}

/** Per person, sorted by person (null last). Linear in the number of engagements after the sort. */
export function evaluateByPerson(facts: readonly EngagementFacts[]): PersonEvaluation[] {
  const groups = new Map<string | null, EngagementFacts[]>();
  for (const f of facts) {
    const key = f.owner?.trim() || null;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const out = [...groups].map(([person, list]) => personOf(person, list));
  return out.sort((a, b) => (a.person === null ? 1 : b.person === null ? -1 : a.person.localeCompare(b.person)));
}

function personOf(person: string | null, list: readonly EngagementFacts[]): PersonEvaluation {
  const p: PersonEvaluation = {
    person,
    engagements: list.length,
    open: 0,
    won: 0,
    lost: 0,
    win_rate: winRate(list),
    follow_ups: { owed: 0, on_time: 0, ratio: null },
    gates: { due: 0, on_time: 0 },
    research_over: { engagements: 0, days_over: 0 },
    star_problems: 0,
    history_findings: 0,
    loss_reasons: lossReasons(list),
  };
  for (const f of list) {
    const ev = f.evaluation;
    if (f.stage !== undefined && f.stage !== 'closure') p.open++;
    if (f.outcome === 'won') p.won++;
    if (f.outcome === 'lost') p.lost++;
    p.follow_ups.owed += ev.followUps.owed;
    p.follow_ups.on_time += ev.followUps.onTime;
    p.gates.due += ev.gates.due;
    p.gates.on_time += ev.gates.onTime;
    if (ev.research.days > ev.research.limit) {
      p.research_over.engagements++;
      p.research_over.days_over += ev.research.days - ev.research.limit;
    }
    p.star_problems += ev.starProblems;
    p.history_findings += ev.historyFindings;
  }
  p.follow_ups.ratio = p.follow_ups.owed === 0 ? null : Math.round((p.follow_ups.on_time / p.follow_ups.owed) * 1000) / 1000;
  p.research_over.days_over = Math.round(p.research_over.days_over * 100) / 100;
  return p;
}
