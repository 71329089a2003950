import type { Portfolio } from '../core';
import { csvRows } from './csvText';

/** The JSON row keys, in the order of the CSV columns (columns added later go last, so older sheets keep their places). */
const COLUMNS = ['id', 'title', 'customer', 'stage', 'days_in_stage', 'budget', 'priced', 'currency', 'deadline', 'days_to_deadline', 'qualification', 'errors', 'warnings', 'last_activity', 'owner', 'folder', 'outcome', 'stalled', 'priced_currency'] as const;

/** `presales portfolio --format csv`: one row per engagement (totals belong to the JSON and HTML reports). */
export function portfolioCsv(p: Portfolio): string {
  return csvRows([[...COLUMNS], ...p.engagements.map((r) => COLUMNS.map((c) => r[c]))]);
}
