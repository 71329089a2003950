import type { Person, Requirement, TenderClause } from '../model/records';
import { daysBetween } from '../text/isoDate';
import type { Language, Position, Range } from '../types';
import { CARD_TEXT as T, counted, label, say } from './cardLabels';
import { definitionsOf, referencesOf, siteAt, type IdIndex } from './idIndex';
import { stakeholderTally } from './referenceTally';
import type { IdSite } from '../model/idSite';

/** A hover card: Markdown (user text escaped) and the exact range of the id it describes. */
export interface HoverCard {
  range: Range;
  markdown: string;
}

/** What a card needs besides the index. */
export interface CardOptions {
  language: Language;
  /** `YYYY-MM-DD`, for "days since last contact". */
  today: string;
}

/** The card of the id under the cursor: a person, a requirement or a tender clause; undefined off any id. */
export function hoverAt(index: IdIndex, file: string, position: Position, options: CardOptions): HoverCard | undefined {
  const site = siteAt(index, file, position);
  if (!site) return undefined;
  const defs = definitionsOf(index, site.kind, site.id);
  const lines = defs.length === 0 ? [`${code(site.id)} — ${say(T.undefinedId, options.language)}`] : cardLines(index, site, options);
  if (defs.length > 1) lines.push(`_${say(T.definedTwice, options.language, defs.length)}_`);
  return { range: site.range, markdown: lines.join('\n\n') };
}

function cardLines(index: IdIndex, site: IdSite, o: CardOptions): string[] {
  const e = index.engagement;
  switch (site.kind) {
    case 'stakeholder': {
      const p = e.people.find((x) => x.id === site.id);
      return p ? personCard(index, p, o) : [];
    }
    case 'requirement': {
      const r = e.requirements.find((x) => x.id === site.id);
      return r ? requirementCard(index, r, o) : [];
    }
    case 'clause': {
      const c = e.tenders.flatMap((t) => t.clauses).find((x) => x.ref === site.id);
      return c ? clauseCard(index, c, o) : [];
    }
  }
}

function personCard(index: IdIndex, p: Person, { language: l, today }: CardOptions): string[] {
  const head = [p.name && `**${md(p.name)}**`, p.title && md(p.title)].filter(Boolean).join(' · ');
  const role = [
    p.type && label.decisionType(p.type, l),
    say(T.standing, l, p.influence ? label.influence(p.influence, l) : '?', p.attitude ? label.attitude(p.attitude, l) : '?'),
  ].filter(Boolean).join(' · ');
  const concerns = p.concerns.filter((c) => c !== undefined).map((c) => label.concern(c, l));
  const days = daysBetween(p.lastContact, today);
  const since = days === undefined ? '' : days === 0 ? say(T.today, l) : say(days === 1 ? T.dayAgo : T.daysAgo, l, days);
  const n = stakeholderTally(index, p.id ?? '');
  const parts = [
    n.requirements && counted(n.requirements, T.requirement, T.requirements, l),
    n.activities && counted(n.activities, T.activity, T.activities, l),
    n.interfaceForm && say(T.formMentions, l, n.interfaceForm),
  ].filter(Boolean);
  return [
    `${head || code(p.id ?? '')}${head ? ` — ${code(p.id ?? '')}` : ''}`,
    role,
    `${say(T.concerns, l)}${colon(l)}${concerns.length ? concerns.join(l === 'zh-CN' ? '、' : ', ') : '—'}`,
    `${say(T.lastContact, l)}${colon(l)}${p.lastContact ? `${p.lastContact}${since ? paren(since, l) : ''}` : say(T.never, l)}`,
    n.total ? say(T.referencedIn, l, counted(n.total, T.lensReference, T.lensReferences, l), parts.join(l === 'zh-CN' ? '、' : ', ')) : say(T.notReferenced, l),
  ];
}

function requirementCard(index: IdIndex, r: Requirement, { language: l }: CardOptions): string[] {
  const people = new Map(index.engagement.people.map((p) => [p.id, p]));
  const sources = r.source.map((s) => (people.get(s.id)?.name ? `${md(people.get(s.id)!.name!)} ${code(s.id)}` : code(s.id)));
  const facts = [
    r.kano && `${say(T.kano, l)}${colon(l)}${label.kano(r.kano, l)}`,
    r.status && `${say(T.status, l)}${colon(l)}${label.status(r.status, l)}`,
    sources.length > 0 && `${say(T.source, l)}${colon(l)}${sources.join(l === 'zh-CN' ? '、' : ', ')}`,
  ].filter(Boolean);
  const refs = referencesOf(index, 'requirement', r.id ?? '');
  const answered = refs.filter((s) => isAnswer(index, s));
  const priced = refs.filter((s) => index.files.get(s.file)?.kind === 'pricing');
  const pricingItems = priced.map((s) => {
    const line = index.engagement.pricing.flatMap((d) => d.lines).find((x) => x.at.file.path === s.file && x.req.some((q) => q.at.path === s.path));
    return line?.item ? md(line.item) : place(s, l);
  });
  return [
    `**${md(r.id ?? '')}**${r.title ? ` · ${md(r.title)}` : ''}`,
    facts.join(' · '),
    answered.length ? `${say(T.answeredIn, l)}${colon(l)}${answered.map((s) => place(s, l)).join(l === 'zh-CN' ? '；' : '; ')}` : say(T.notAnswered, l),
    priced.length ? `${say(T.pricedIn, l)}${colon(l)}${pricingItems.join(l === 'zh-CN' ? '；' : '; ')}` : say(T.notPriced, l),
  ];
}

function clauseCard(index: IdIndex, c: TenderClause, { language: l }: CardOptions): string[] {
  const e = index.engagement;
  const rows = e.deviations.filter((d) => d.ref === c.ref);
  const controls = e.controls.filter((x) => x.tenderRef === c.ref);
  const out = [`**${md(c.ref ?? '')}**${c.mark ? ` ${c.mark}` : ''}${c.type ? ` · ${label.clauseType(c.type, l)}` : ''}`];
  if (c.text) out.push(md(c.text));
  if (rows.length === 0) out.push(say(T.noDeviationRow, l));
  for (const d of rows) {
    const dev = d.deviation ? label.deviation(d.deviation, l) : '?';
    out.push(`${say(T.ourDeviation, l)}${colon(l)}${dev}${d.response ? ` — ${md(d.response)}` : ''}${paren(place({ file: d.at.file.path, range: d.at.file.yaml?.rangeAt(d.at.path, 'key') ?? d.at.file.lines.lineRange(0) }, l), l)}`);
  }
  for (const x of controls) out.push(`${say(T.bidControl, l)}${colon(l)}${md(x.parameter ?? x.module ?? '')}${x.adopted ? paren(say(T.adopted, l), l) : ''}`);
  return out;
}

/** An answer to a requirement: a deviation row, a bid-control parameter or a mention in a document. */
export function isAnswer(index: IdIndex, s: IdSite): boolean {
  const kind = index.files.get(s.file)?.kind;
  return s.field === 'prose' || kind === 'deviation-table' || kind === 'bid-control';
}

function place(s: { file: string; range: Range }, l: Language): string {
  const name = s.file.slice(s.file.lastIndexOf('/') + 1);
  return `${md(name)}${l === 'zh-CN' ? ' ' : ', '}${say(T.line, l, s.range.start.line + 1)}`;
}

const colon = (l: Language) => (l === 'zh-CN' ? '：' : ': ');
const paren = (s: string, l: Language) => (l === 'zh-CN' ? `（${s}）` : ` (${s})`);
const code = (s: string) => `\`${s.replace(/`/g, '')}\``;

/** Markdown-escapes user text (names, titles, responses), so a card never renders links or markup it was given. */
export function md(s: string): string {
  return s.replace(/[\\`*_[\]#|<>~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
