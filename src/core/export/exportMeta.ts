import type { Engagement } from '../model/engagement';
import type { MetaField } from './exportDocument';
import type { ExportLabels } from './exportLabels';

// Building an Intl.NumberFormat is costly; one is enough.
const MONEY = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An amount with grouping and exactly two decimals: 1,234,500.50. */
export function formatMoney(n: number): string {
  return MONEY.format(n);
}

/** The export-only fields of the records (engagement `bidder`, tender `project`/`tender_no`, delivery, warranty). */
export interface ExportFields {
  bidder?: string;
  project?: string;
  tenderNumber?: string;
  delivery?: string;
  warranty?: string;
}

/** The export-only fields: the first tender / first pricing file in path order; what we offer wins over what is asked. */
export function exportFields(e: Engagement): ExportFields {
  const tender = e.tenders[0];
  const pricing = e.pricing[0];
  return {
    bidder: e.bidder,
    project: tender?.project,
    tenderNumber: tender?.tenderNo,
    delivery: pricing?.delivery ?? tender?.delivery,
    warranty: pricing?.warranty ?? tender?.warranty,
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
