import type { NeedsSummary } from '../status/statusTypes';
import { itemsOf, type Engagement } from './engagement';

const KANO = ['basic', 'performance', 'excitement'] as const;
const STATUS = ['met', 'partial', 'unmet', 'out-of-scope'] as const;

/**
 * Requirements by Kano class × status (需求的划分), the unreasonable ones, and the ids nothing traces to:
 * no pricing line and no deviation row names them in `req` (out-of-scope ones need no trace).
 */
export function needsSummary(e: Engagement): NeedsSummary {
  const empty = () => ({ met: 0, partial: 0, unmet: 0, 'out-of-scope': 0, open: 0 });
  const byKano: NeedsSummary['byKano'] = { basic: empty(), performance: empty(), excitement: empty(), unclassified: empty() };
  const traced = new Set([...referenced(e, 'pricing', 'lines'), ...referenced(e, 'deviation-table', 'items')]);
  const items = itemsOf(e, 'requirements', 'items').map((r) => r.value);
  const untraced: string[] = [];
  let unreasonable = 0;
  for (const r of items) {
    const kano = (KANO as readonly unknown[]).includes(r.kano) ? (r.kano as (typeof KANO)[number]) : 'unclassified';
    const status = (STATUS as readonly unknown[]).includes(r.status) ? (r.status as (typeof STATUS)[number]) : 'open';
    byKano[kano][status]++;
    if (r.reasonable === false) unreasonable++;
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : undefined;
    if (id !== undefined && status !== 'out-of-scope' && !traced.has(id)) untraced.push(id);
  }
  return { total: items.length, byKano, unreasonable, untraced };
}

/** Every requirement id named by `req` (one id or a list) in the rows of a kind. */
function referenced(e: Engagement, kind: 'pricing' | 'deviation-table', listKey: string): string[] {
  return itemsOf(e, kind, listKey).flatMap(({ value }) => {
    const req = value.req;
    const ids = Array.isArray(req) ? req : [req];
    return ids.filter((x) => typeof x === 'string' || typeof x === 'number').map(String);
  });
}
