import { formatAmount, formatMessage, type GapLog, type Language } from '../core';
import { csvRows } from './csvText';
import { GAP_TYPE_TEXT, TEAM_TEXT as T } from './teamStrings';
import { terminalSafeDeep } from './terminalText';

/** `presales gaps` as text: areas by revenue at stake, each with its gap types. */
export function gapsText(gapLog: GapLog, language: Language): string {
  const log = terminalSafeDeep(gapLog);
  const t = (key: keyof typeof T, params: Record<string, unknown> = {}) => formatMessage(T[key], language, params);
  if (log.areas.length === 0) return t('noGaps');
  const lines = [t('gapsHead')];
  for (const a of log.areas) {
    lines.push('', t('gapArea', { area: a.area || t('noArea'), revenue: formatAmount(a.revenue), count: a.engagements }));
    for (const g of a.types) {
      lines.push(`  ${t('gapType', { type: GAP_TYPE_TEXT[g.type][language], requirements: g.requirements, engagements: g.engagements, revenue: formatAmount(g.revenue) })}`);
      lines.push(`    ${g.where.join(', ')}`);
    }
    if (a.won.engagements > 0) lines.push(`  ${t('gapWon', { count: a.won.engagements, revenue: formatAmount(a.won.revenue) })}`);
  }
  if (log.unbudgeted > 0) lines.push('', t('gapUnbudgeted', { count: log.unbudgeted }));
  return lines.join('\n');
}

/** `presales gaps --format csv`: one row per area and type. */
export function gapsCsv(log: GapLog): string {
  const rows: (string | number)[][] = [['area', 'area_revenue', 'type', 'engagements', 'requirements', 'revenue', 'won_engagements', 'won_revenue', 'where']];
  for (const a of log.areas) {
    for (const g of a.types) rows.push([a.area, a.revenue, g.type, g.engagements, g.requirements, g.revenue, a.won.engagements, a.won.revenue, g.where.join('; ')]);
    if (a.types.length === 0) rows.push([a.area, a.revenue, '', 0, 0, 0, a.won.engagements, a.won.revenue, '']);
  }
  return csvRows(rows);
}
