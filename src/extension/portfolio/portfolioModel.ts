import { type CurrencyAmount, formatAmount, type GapLog, type PersonEvaluation, type Portfolio, STAGES } from '../../core';
import type { PortfolioViewModel, PortfolioViewRow } from '../../webview/portfolio/protocol';

/** `vscode.l10n.t` or a stand-in: English message in, display-language text out. */
export type Translate = (message: string) => string;

/**
 * The panel's view model from the team views (no `vscode` here, so it is unit-tested as is). `keyOf` maps an
 * engagement folder to the store's key; labels are in the display language, values from files stay text.
 */
export function portfolioViewModel(p: Portfolio, people: readonly PersonEvaluation[], gaps: GapLog, keyOf: (folder: string) => string, lang: 'en' | 'zh-CN', t: Translate): PortfolioViewModel {
  const f = (m: string, ...a: (string | number)[]) => t(m).replace(/\{(\d+)\}/g, (x, i: string) => (Number(i) < a.length ? String(a[Number(i)]) : x));
  const list = (xs: string[]) => xs.join(lang === 'zh-CN' ? '、' : ', ') || t('none');
  const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);
  // One key per English number form ("1 engagement" / "3 engagements"); the bundle maps both to one Chinese form.
  const counted = (n: number | string, one: string, many: string) => (n === 1 || n === '1' ? f(one, n) : f(many, n));
  const engagementCount = (n: number) => counted(n, '{0} engagement', '{0} engagements');
  const outcome: Record<string, string> = { won: t('won'), lost: t('lost'), abandoned: t('abandoned'), 'no-decision': t('no decision') };
  const gapType: Record<string, string> = { 'deal-breaker': t('deal-breaker'), challenge: t('challenge'), 'nice-to-have': t('nice-to-have'), unspecified: t('type not stated') };
  const stageLabel = (id: string | null) => STAGES.find((s) => s.id === id)?.label[lang] ?? t('no valid stage');
  const tt = p.totals;
  // Amounts carry their currency code once the team mixes currencies; totals never add another currency.
  const mixed = tt.currencies.length > 1;
  const money = (n: number, c: string | null) => (mixed && c ? `${formatAmount(n)} ${c}` : formatAmount(n));
  const leftOut = (xs: readonly CurrencyAmount[]) => xs.map((x) => (x.engagements === 1 ? f('{0} {1} (1 engagement)', x.currency, formatAmount(x.value)) : f('{0} {1} ({2} engagements)', x.currency, formatAmount(x.value), x.engagements))).join(lang === 'zh-CN' ? '；' : '; ');
  const plusLeftOut = (text: string, xs: readonly CurrencyAmount[]) => (xs.length === 0 ? text : f('{0}; not added: {1}', text, leftOut(xs)));
  const due = new Set(tt.due_this_week.map((d) => d.folder));
  const rows = p.engagements.map((r): PortfolioViewRow => ({
    key: keyOf(r.folder),
    folder: r.folder,
    id: r.id ?? '',
    title: r.title ?? '',
    customer: r.customer ?? '',
    stage: r.stage ? STAGES.findIndex((s) => s.id === r.stage) : STAGES.length,
    stageLabel: stageLabel(r.stage) + (r.outcome ? ` · ${outcome[r.outcome]}` : ''),
    daysInStage: r.days_in_stage,
    budget: r.budget,
    priced: r.priced,
    budgetText: r.budget === null ? '' : money(r.budget, r.currency),
    pricedText: r.priced === null ? '' : money(r.priced, r.priced_currency),
    deadline: r.deadline ?? '',
    daysToDeadline: r.stage === 'closure' ? null : r.days_to_deadline,
    qualification: r.qualification,
    errors: r.errors,
    warnings: r.warnings,
    lastActivity: r.last_activity ?? '',
    owner: r.owner ?? '',
    stalled: r.stalled,
    due: due.has(r.folder),
  }));
  return {
    today: p.today,
    summary: [
      f('Pipeline {0}, weighted {1}; won {2} ({3}), lost {4} ({5}); win rate {6}', formatAmount(tt.pipeline.value), formatAmount(tt.pipeline.weighted), tt.won.count, formatAmount(tt.won.value), tt.lost.count, formatAmount(tt.lost.value), pct(tt.win_rate)),
      f('Most frequent loss reasons: {0}', list(tt.loss_reasons.map((r) => `${r.reason} ×${r.count}`))),
      ...unread(tt, f, lang),
      ...(tt.excluded.length === 0 ? [] : [f('Totals are in {0}; amounts in other currencies are not added: {1}', tt.currency ?? '—', leftOut(tt.excluded))]),
    ],
    filters: [
      { only: 'stalled', text: f('Stalled (no activity for more than {0} days): {1}', tt.stalled_days, tt.stalled.length), count: tt.stalled.length },
      { only: 'due', text: f('Bids due this week: {0}', tt.due_this_week.length), count: tt.due_this_week.length },
    ],
    stages: tt.byStage.map((s) => ({ label: stageLabel(s.stage), count: s.count, value: plusLeftOut(formatAmount(s.value), s.excluded), weighted: formatAmount(s.weighted) })),
    rows,
    people: people.map((x) => ({
      person: x.person ?? t('(no presales lead)'),
      engagements: x.engagements,
      record: f('{0} / {1} ({2})', x.won, x.lost, pct(x.win_rate)),
      followUps: f('{0} of {1} ({2})', x.follow_ups.on_time, x.follow_ups.owed, pct(x.follow_ups.ratio)),
      gates: f('{0} of {1} on time', x.gates.on_time, x.gates.due),
      research: x.research_over.engagements === 0 ? '—' : f('{0}, {1} over', engagementCount(x.research_over.engagements), counted(formatAmount(x.research_over.days_over), '{0} person-day', '{0} person-days')),
      stars: x.star_problems,
      history: x.history_findings,
      lossReasons: x.loss_reasons.map((r) => `${r.reason} ×${r.count}`).join(lang === 'zh-CN' ? '、' : ', '),
    })),
    gaps: gaps.areas.map((a) => ({
      area: a.area || t('(no area)'),
      revenue: plusLeftOut(formatAmount(a.revenue), a.excluded),
      // Requirements without an id (`#3`) have nothing to open by; they stay counted, not linked.
      requirements: a.types.flatMap((g) => g.items).filter((i) => !i.requirement.startsWith('#')).map((i) => ({ key: keyOf(i.folder), requirement: i.requirement, label: `${i.folder || '.'} ${i.requirement}` })),
      engagements: a.engagements,
      types: a.types.map((g) => f('{0}: {1} in {2}, {3}', gapType[g.type], counted(g.requirements, '{0} requirement', '{0} requirements'), engagementCount(g.engagements), formatAmount(g.revenue))).join(lang === 'zh-CN' ? '；' : '; '),
      won: a.won.engagements === 0 ? '' : f('{0} ({1})', a.won.engagements, formatAmount(a.won.revenue)),
    })),
  };
}

/** The deals the win rate and loss reasons cannot read (docs/team.md): a summary line, or none. */
function unread(tt: Portfolio['totals'], f: (m: string, ...a: (string | number)[]) => string, lang: 'en' | 'zh-CN'): string[] {
  const names = (xs: readonly { id: string | null; folder: string }[]) => xs.map((x) => x.id ?? (x.folder || '.')).join(lang === 'zh-CN' ? '、' : ', ');
  const parts: string[] = [];
  const lost = tt.lost_without_reasons;
  const closed = tt.closed_without_outcome;
  if (lost.length > 0) parts.push(lost.length === 1 ? f('1 lost deal without reasons ({0})', names(lost)) : f('{0} lost deals without reasons ({1})', lost.length, names(lost)));
  if (closed.length > 0) parts.push(closed.length === 1 ? f('1 closed engagement without an outcome ({0})', names(closed)) : f('{0} closed engagements without an outcome ({1})', closed.length, names(closed)));
  return parts.length === 0 ? [] : [f('Not in the win/loss reading: {0}', parts.join(lang === 'zh-CN' ? '；' : '; '))];
}
