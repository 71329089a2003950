import type { Engagement } from '../model/engagement';
import { mapOf, text } from '../model/readValues';
import type { MetaField } from './exportDocument';
import type { ExportLabels } from './exportLabels';

// Building an Intl.NumberFormat is costly; one is enough.
const MONEY = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An amount with grouping and exactly two decimals: 1,234,500.50. */
export function formatMoney(n: number): string {
  return MONEY.format(n);
}

/**
 * Optional fields only exports read, not (yet) in the typed records: tender `project` and `tender_no` (in the
 * tender schema), engagement `bidder` and pricing `delivery` / `warranty` (proposed; see README "Export").
 * Read here, from the parsed file, in one place.
 */
export interface ExportFields {
  bidder?: string;
  project?: string;
  tenderNumber?: string;
  delivery?: string;
  warranty?: string;
}

/** The export-only fields of an engagement (first tender / first pricing file in path order). */
export function exportFields(e: Engagement): ExportFields {
  const tender = mapOf(e.tenders[0]?.at.file.data);
  const pricing = mapOf(e.pricing[0]?.at.file.data);
  return {
    bidder: text(mapOf(e.file.data).bidder),
    project: text(tender.project),
    tenderNumber: text(tender.tender_no),
    delivery: text(pricing.delivery) ?? text(tender.delivery),
    warranty: text(pricing.warranty) ?? text(tender.warranty),
  };
}

/** The project name: the tender's `project` when the tender names it, else the engagement title. */
export function projectName(e: Engagement, f: ExportFields = exportFields(e)): string {
  return f.project ?? e.title ?? e.id ?? e.root;
}

/** The metadata block every export starts with: project, tender number, purchaser, bidder (when known). */
export function exportMeta(e: Engagement, l: ExportLabels): MetaField[] {
  const f = exportFields(e);
  const out: MetaField[] = [{ label: l.projectName, value: projectName(e, f) }];
  if (f.tenderNumber) out.push({ label: l.tenderNumber, value: f.tenderNumber });
  if (e.customer) out.push({ label: l.customer, value: e.customer });
  if (f.bidder) out.push({ label: l.bidder, value: f.bidder });
  return out;
}
