import type { Kind } from '../method/kinds';
import { CATEGORIES, LANGUAGES, oneOf, RESEARCH_REASONS, STAGE_IDS } from '../method/vocabulary';
import type { SourceFile } from '../parse/sourceFile';
import type { Language } from '../types';
import type { Engagement, EngagementDates, PolicyOverrides, ResearchInfo } from './records';
import { readControls, readDeviations, readPricing, readTender } from './readBid';
import { readDeliverable, readInterfaceForm } from './readForms';
import { readActivities, readPeople, readRequirements, readReviews } from './readLists';
import { bool, date, isMap, mapOf, mapsOf, num, text, texts, type RawMap } from './readValues';

export type { Engagement } from './records';

const SEVERITY_OR_OFF = ['off', 'info', 'warning', 'error'] as const;

/**
 * Reads an engagement once: engagement.yaml (`engagementFile`, which must be among `files`) and every file
 * of a known kind into typed records. Linear in the size of the files; never throws.
 */
export function readEngagement(root: string, engagementFile: SourceFile, files: SourceFile[]): Engagement {
  const d = mapOf(engagementFile.data);
  const e: Engagement = {
    at: { file: engagementFile, path: [] },
    root,
    file: engagementFile,
    files,
    id: text(d.id),
    title: text(d.title),
    customer: text(d.customer),
    category: oneOf(CATEGORIES, d.category),
    stage: oneOf(STAGE_IDS, d.stage),
    language: oneOf(LANGUAGES, d.language) ?? guessLanguage(d),
    budget: isMap(d.budget) ? { amount: num(d.budget.amount), currency: text(d.budget.currency) } : undefined,
    team: readTeam(d.team),
    competitors: mapsOf(d.competitors).map(({ item, index }) => ({ at: { file: engagementFile, path: ['competitors', index] }, name: text(item.name) })),
    dates: readDates(d.dates),
    research: readResearch(d.research),
    policy: readPolicy(d.policy),
    bidder: text(d.bidder),
    exportTemplate: { docxTemplate: text(mapOf(d.export).docx_template), css: text(mapOf(d.export).css) },
    people: [],
    requirements: [],
    activities: [],
    reviews: [],
    pricing: [],
    deviations: [],
    tenders: [],
    controls: [],
    interfaceForms: [],
    deliverables: [],
  };
  for (const f of files) readInto(e, f);
  return e;
}

/** Adds the records of one file to the engagement (files of other engagements' kinds are ignored). */
function readInto(e: Engagement, f: SourceFile): void {
  switch (f.kind) {
    case 'stakeholders': e.people.push(...readPeople(f)); return;
    case 'requirements': e.requirements.push(...readRequirements(f)); return;
    case 'activities': e.activities.push(...readActivities(f)); return;
    case 'reviews': e.reviews.push(...readReviews(f)); return;
    case 'pricing': e.pricing.push(readPricing(f)); return;
    case 'deviation-table': e.deviations.push(...readDeviations(f)); return;
    case 'tender': e.tenders.push(readTender(f)); return;
    case 'bid-control': e.controls.push(...readControls(f)); return;
    case 'interface-form': e.interfaceForms.push(readInterfaceForm(f)); return;
    default: {
      const deliverable = readDeliverable(f);
      if (deliverable) e.deliverables.push(deliverable);
    }
  }
}

/** Without `language:`, a title or customer in Chinese means zh-CN. */
function guessLanguage(d: RawMap): Language {
  return /[\u4e00-\u9fff]/.test(`${text(d.title) ?? ''}${text(d.customer) ?? ''}`) ? 'zh-CN' : 'en';
}

function readTeam(v: unknown): Engagement['team'] {
  const t = mapOf(v);
  return { sales: text(t.sales), presalesLead: text(t.presales_lead), presales: texts(t.presales) };
}

function readDates(v: unknown): EngagementDates {
  const d = mapOf(v);
  const other: Record<string, string> = {};
  for (const [k, x] of Object.entries(d)) {
    const iso = date(x);
    if (iso !== undefined && k !== 'opened' && k !== 'bid_deadline') other[k] = iso;
  }
  return { opened: date(d.opened), bidDeadline: date(d.bid_deadline), other };
}

function readResearch(v: unknown): ResearchInfo {
  const r = mapOf(v);
  const written = r.reason !== undefined && r.reason !== null && r.reason !== '';
  return {
    reason: written ? (oneOf(RESEARCH_REASONS, r.reason) ?? 'unknown') : undefined,
    firstVendor: bool(r.first_vendor),
    customerExperienced: bool(r.customer_experienced),
  };
}

/** `policy:` overrides: finite numbers by key, and per-code severities (wrong types are the schema's to report). */
function readPolicy(v: unknown): PolicyOverrides {
  const p = mapOf(v);
  const values: Record<string, number> = {};
  for (const [k, x] of Object.entries(p)) {
    const n = num(x);
    if (n !== undefined) values[k] = n;
  }
  const rules: PolicyOverrides['rules'] = {};
  for (const [code, sev] of Object.entries(mapOf(p.rules))) {
    const s = oneOf(SEVERITY_OR_OFF, sev);
    if (s) (rules as Record<string, (typeof SEVERITY_OR_OFF)[number]>)[code] = s;
  }
  return { values, rules };
}

/** Files of one kind, in path order. */
export function filesOfKind(e: Engagement, kind: Kind): SourceFile[] {
  return e.files.filter((f) => f.kind === kind);
}

/** Index of the engagement's current stage (-1 when unknown). */
export function currentStageIndex(e: Engagement): number {
  return e.stage ? STAGE_IDS.indexOf(e.stage) : -1;
}
