import { type EngagementStatus, formatAmount, type Language } from '../core';
import { counted, section, titled, WIDTH } from './statusLayout';
import { joinList, say, type StatusString } from './statusStrings';
import { wrap } from './textWrap';

const SEP = ' · ';
/** Findings of one code shown per severity before the rest is folded (`presales check` lists all). */
const PER_CODE = 2;

/** Coverage per decision type (mapped/contacted) and who has gone cold or was never met. */
export function stakeholdersSection(s: EngagementStatus, lang: Language): string[] {
  const coverage = s.stakeholders.coverage.map((c) => `${c.label[lang]} ${c.mapped}/${c.contacted}${c.gap ? ' !' : ''}`).join(SEP);
  const body = [coverage];
  const cold = s.stakeholders.people.filter((p) => p.cold).map((p) => `${p.name} ${say(lang, 'days', { days: p.daysSinceContact })}`);
  if (cold.length > 0) body.push(say(lang, 'cold', { list: joinList(lang, cold) }));
  const never = s.stakeholders.people.filter((p) => p.lastContact === undefined).map((p) => p.name);
  if (never.length > 0) body.push(say(lang, 'never', { list: joinList(lang, never) }));
  return section(say(lang, 'stakeholders'), body);
}

/** The concerns somebody holds: how many the solution answers, and the open ones with their holders. */
export function concernsSection(s: EngagementStatus, lang: Language): string[] {
  const held = s.concerns.filter((c) => c.heldBy.length > 0);
  if (held.length === 0) return section(say(lang, 'concerns'), [say(lang, 'noConcerns')]);
  const names = new Map(s.stakeholders.people.map((p) => [p.id, p.name]));
  const open = held.filter((c) => !c.answered);
  if (open.length === held.length && !held.some((c) => c.answered)) {
    const anyAnswered = s.concerns.some((c) => c.answered);
    if (!anyAnswered) return section(say(lang, 'concerns'), [say(lang, 'noSolution', { count: held.length })]);
  }
  const body = [say(lang, 'answered', { answered: held.length - open.length, held: held.length })];
  // Where each held concern is answered (the first customer-visible line), so a reviewer can check the answer.
  const where = held.filter((c) => c.answeredAt).map((c) => `${c.label[lang]} ${c.answeredAt!.file}:${c.answeredAt!.line + 1}`);
  if (where.length > 0) body.push(say(lang, 'answeredAt', { list: joinList(lang, where) }));
  if (open.length > 0) {
    const list = open.map((c) => counted(c.label[lang], joinList(lang, c.heldBy.map((id) => names.get(id) ?? id))));
    body.push(say(lang, 'unanswered', { list: joinList(lang, list) }));
  }
  return section(say(lang, 'concerns'), body);
}

/** Requirements per Kano class with their non-zero statuses, the unreasonable and the untraced. */
export function needsSection(s: EngagementStatus, lang: Language): string[] {
  const n = s.needs;
  if (n.total === 0) return section(say(lang, 'needs'), [say(lang, 'noNeeds')]);
  const body = [say(lang, 'total', { count: n.total })];
  for (const [kano, byStatus] of Object.entries(n.byKano)) {
    const count = Object.values(byStatus).reduce((a, b) => a + b, 0);
    if (count === 0) continue;
    const parts = Object.entries(byStatus).filter(([, v]) => v > 0).map(([st, v]) => `${say(lang, `status_${st}` as StatusString)} ${v}`);
    body.push(`${say(lang, `kano_${kano}` as StatusString)} ${count}${lang === 'en' ? ': ' : '：'}${parts.join(SEP)}`);
  }
  if (n.unreasonable > 0) body.push(say(lang, 'unreasonable', { count: n.unreasonable }));
  if (n.untraced.length > 0) body.push(say(lang, 'untraced', { list: joinList(lang, n.untraced) }));
  return section(say(lang, 'needs'), body);
}

/** The qualification score (鉴定销售机会, MEDDPICC) and the qualifying fields still missing. */
export function qualificationSection(s: EngagementStatus, lang: Language): string[] {
  const q = s.qualification!;
  const parts = [say(lang, 'qualificationScore', { score: q.score }), q.items.map((i) => `${i.letter}${i.met ? '✓' : '·'}`).join(' ')];
  const body: string[] = [parts.join(SEP)];
  const missing = q.items.filter((i) => q.missing.includes(i.field)).map((i) => i.label[lang]);
  if (missing.length > 0) body.push(say(lang, 'qualificationMissing', { list: joinList(lang, missing) }));
  return section(say(lang, 'qualification'), body);
}

/** Deviation tables at a glance and the deadline. */
export function bidsSection(s: EngagementStatus, lang: Language): string[] {
  const b = s.bids;
  const body = [say(lang, 'bidRows', { ...b })];
  const c = b.clauses;
  if (c.star + c.triangle > 0) body.push(say(lang, 'bidClauses', { ...c }));
  if (b.quietPeriod) body.push(say(lang, 'quietPeriod', { date: b.published }));
  if (b.deadline !== undefined && b.daysToDeadline !== undefined) {
    body.push(b.daysToDeadline >= 0 ? say(lang, 'deadline', { date: b.deadline, days: b.daysToDeadline }) : say(lang, 'deadlinePast', { date: b.deadline, days: -b.daysToDeadline }));
  }
  return section(say(lang, 'bids'), body);
}

/** Budget against the priced total, with the scope-creep level (随机熔断). */
export function budgetSection(s: EngagementStatus, lang: Language): string[] {
  const b = s.budget;
  const money = (n: number, currency = b.currency) => `${formatAmount(n)}${currency ? ` ${currency}` : ''}`;
  const parts = [b.budget !== undefined ? money(b.budget) : say(lang, 'noBudget')];
  if (b.priced === undefined) parts.push(say(lang, 'notPriced'));
  // Priced in another currency: labelled as such and never compared (no exchange rate).
  else if (b.ratio === undefined) parts.push(say(lang, 'pricedOnly', { priced: money(b.priced, b.pricedCurrency ?? b.currency) }));
  else {
    parts.push(say(lang, 'priced', { priced: money(b.priced), pct: Math.round(b.ratio * 100) }));
    if (b.ratio > b.errorFactor) parts.push(say(lang, 'overFactor', { factor: b.errorFactor }));
    else if (b.ratio > 1 + b.tolerance) parts.push(say(lang, 'overTolerance', { tol: Math.round(b.tolerance * 100) }));
  }
  return section(say(lang, 'budget'), [parts.join(SEP)]);
}

/** Pitfall findings by severity: code and the method's term, the message, then file:line. */
export function pitfallsSection(s: EngagementStatus, lang: Language): string[] {
  if (s.pitfalls.length === 0) return [`${titled(say(lang, 'pitfalls'))}${lang === 'en' ? ' ' : ''}${say(lang, 'noPitfalls')}`];
  const out = [titled(say(lang, 'pitfalls'))];
  for (const g of s.pitfalls) {
    if (g.history) {
      out.push(...historyFold(g.items, lang));
      continue;
    }
    out.push(`  ${counted(say(lang, g.severity), g.items.length)}`);
    const shown = new Map<string, number>();
    for (const item of g.items) {
      const n = (shown.get(item.code) ?? 0) + 1;
      shown.set(item.code, n);
      if (n > PER_CODE) continue;
      const f = item.finding;
      out.push(...wrap(`${item.code} · ${item.term ?? item.summary[lang]} · ${f.file}:${f.range.start.line + 1}`, WIDTH, '    - ', '      '));
      out.push(...wrap(f.message, WIDTH, '      '));
    }
    for (const [code, n] of shown) if (n > PER_CODE) out.push(...wrap(say(lang, 'more', { count: n - PER_CODE, code }), WIDTH, '    + ', '      '));
  }
  return out;
}

/**
 * Findings that are not method pitfalls (schema, yaml-syntax, missing-section…), one line per code and
 * severity with its count and first place: with the pitfalls they add up to the counts line below.
 */
export function otherFindingsSection(s: EngagementStatus, lang: Language): string[] {
  if (s.otherFindings.length === 0) return [];
  const out = [titled(say(lang, 'otherFindings'))];
  for (const g of s.otherFindings) {
    const f = g.first;
    out.push(...wrap(`${g.code} · ${say(lang, g.severity)} ×${g.count} · ${g.summary[lang]} · ${f.file}:${f.range.start.line + 1}`, WIDTH, '  - ', '    '));
  }
  return out;
}

/**
 * The 售前考评 record, folded: findings about stages already left, one line each (code, term, place) and no
 * advice — they are not work for today. `presales check` keeps their full messages.
 */
function historyFold(items: EngagementStatus['pitfalls'][number]['items'], lang: Language): string[] {
  const out = [`  ${counted(say(lang, 'history'), items.length)}`];
  out.push(...wrap(say(lang, items.length === 1 ? 'historyHintOne' : 'historyHint', { count: items.length }), WIDTH, '    ', '    '));
  // Findings of one code at one place (a stage's several gate conditions) fold into one line with a count.
  const lines = new Map<string, number>();
  for (const item of items) {
    const f = item.finding;
    const line = `${item.code} · ${item.term ?? item.summary[lang]} · ${f.file}:${f.range.start.line + 1}`;
    lines.set(line, (lines.get(line) ?? 0) + 1);
  }
  for (const [line, n] of lines) out.push(...wrap(n > 1 ? `${line} ×${n}` : line, WIDTH, '    - ', '      '));
  return out;
}
