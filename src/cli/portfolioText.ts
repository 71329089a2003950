import { formatAmount, type Language, type Portfolio, type PortfolioRow, STAGES, type PersonEvaluation } from '../core';
import { currencyNote, leftOutList, money } from './currencyText';
import { dealLabels } from './dealLabel';
import { OUTCOME_TEXT, TEAM_TEXT as T, teamLine } from './teamStrings';
import { unreadLine } from './winLossText';
import { terminalSafeDeep } from './terminalText';

const INDENT = '  ';

/** `presales portfolio` as text: grouped by stage with the stage's totals, then the team's totals. */
export function portfolioText(portfolio: Portfolio, language: Language): string {
  const p = terminalSafeDeep(portfolio);
  const t = (key: keyof typeof T, params: Record<string, unknown> = {}) => teamLine(key, language, params);
  const lines = [t('portfolio', { today: p.today, count: p.totals.engagements, open: p.totals.open })];
  const mixed = p.totals.currencies.length > 1;
  for (const total of p.totals.byStage) {
    const rows = p.engagements.filter((r) => r.stage === total.stage);
    if (rows.length === 0) continue;
    const stage = STAGES.find((s) => s.id === total.stage)!.label[language];
    const head = t(total.stage === 'closure' ? 'closureHead' : 'stageHead', { stage, count: total.count, value: formatAmount(total.value), weighted: formatAmount(total.weighted) });
    lines.push('', total.excluded.length === 0 ? head : t('notAdded', { head, list: leftOutList(total.excluded, language) }));
    for (const r of rows) lines.push(...rowLines(r, language, mixed));
  }
  const loose = p.engagements.filter((r) => r.stage === null);
  if (loose.length > 0) {
    lines.push('', t('noStage'));
    for (const r of loose) lines.push(...rowLines(r, language, mixed));
  }
  const tt = p.totals;
  const rate = tt.win_rate === null ? '—' : `${Math.round(tt.win_rate * 100)}%`;
  lines.push('', t('totals', { value: formatAmount(tt.pipeline.value), weighted: formatAmount(tt.pipeline.weighted), won: tt.won.count, wonValue: formatAmount(tt.won.value), lost: tt.lost.count, lostValue: formatAmount(tt.lost.value), rate }));
  const none = t('none');
  const sep = language === 'zh-CN' ? '、' : ', ';
  lines.push(t('lossReasons', { list: tt.loss_reasons.map((r) => `${r.reason} ×${r.count}`).join(sep) || none }));
  const unread = unreadLine(tt, language);
  if (unread) lines.push(unread);
  const deal = dealLabels(p.engagements);
  lines.push(t('stalled', { days: tt.stalled_days, list: tt.stalled.map(deal).join(sep) || none }));
  lines.push(t('due', { list: tt.due_this_week.map((d) => `${deal(d)} ${d.deadline}`).join(sep) || none }));
  const note = currencyNote(tt.currency, tt.excluded, language);
  if (note) lines.push(note);
  return lines.join('\n');
}

function rowLines(r: PortfolioRow, language: Language, mixed: boolean): string[] {
  const t = (key: keyof typeof T, params: Record<string, unknown> = {}) => teamLine(key, language, params);
  const name = [r.customer, r.title].filter(Boolean).join(' — ') || r.folder;
  const facts: string[] = [];
  if (r.days_in_stage !== null) facts.push(t('daysInStage', { days: r.days_in_stage }));
  if (r.budget !== null) facts.push(t('budget', { amount: money(r.budget, r.currency, mixed) }));
  if (r.priced !== null) facts.push(t('priced', { amount: money(r.priced, r.priced_currency, mixed) }));
  if (r.deadline !== null && r.outcome === null && r.stage !== 'closure') facts.push(t('deadline', { date: r.deadline, days: r.days_to_deadline ?? '?' }));
  if (r.qualification !== null) facts.push(t('qualification', { score: r.qualification }));
  facts.push(t('findings', { errors: r.errors, warnings: r.warnings }));
  facts.push(r.last_activity ? t('lastActivity', { date: r.last_activity }) : t('noActivity'));
  if (r.owner) facts.push(t('owner', { name: r.owner }));
  if (r.outcome) facts.push(t('outcome', { outcome: OUTCOME_TEXT[r.outcome][language] }));
  if (r.stalled) facts.push(t('stalledMark'));
  return [`${INDENT}${name}${r.id ? ` [${r.id}]` : ''}  ${r.folder || '.'}`, `${INDENT}${INDENT}${facts.join(' · ')}`];
}

/** `presales portfolio --by person` as text. */
export function personText(people: readonly PersonEvaluation[], today: string, language: Language): string {
  const t = (key: keyof typeof T, params: Record<string, unknown> = {}) => teamLine(key, language, params);
  const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);
  const lines = [t('personHead', { today })];
  for (const p of terminalSafeDeep(people)) {
    lines.push('', t('person', { person: p.person ?? t('nobody'), engagements: p.engagements, open: p.open, won: p.won, lost: p.lost, rate: pct(p.win_rate) }));
    lines.push(INDENT + t('personFollowUps', { onTime: p.follow_ups.on_time, owed: p.follow_ups.owed, ratio: pct(p.follow_ups.ratio) }));
    lines.push(INDENT + t('personGates', { onTime: p.gates.on_time, due: p.gates.due }));
    lines.push(INDENT + t('personResearch', { count: p.research_over.engagements, days: formatAmount(p.research_over.days_over) }));
    lines.push(INDENT + t('personStars', { count: p.star_problems, history: p.history_findings }));
    if (p.loss_reasons.length > 0) lines.push(INDENT + t('lossReasons', { list: p.loss_reasons.map((r) => `${r.reason} ×${r.count}`).join(language === 'zh-CN' ? '、' : ', ') }));
  }
  return lines.join('\n');
}
