import { formatAmount, type GapLog, type Language } from '../core';
import { csvRows } from './csvText';
import { leftOutList } from './currencyText';
import { GAP_TYPE_TEXT, TEAM_TEXT as T, teamLine } from './teamStrings';
import { terminalSafeDeep } from './terminalText';

/** `presales gaps` as text: areas by revenue at stake, each with its gap types. */
export function gapsText(gapLog: GapLog, language: Language): string {
  const log = terminalSafeDeep(gapLog);
  const t = (key: keyof typeof T, params: Record<string, unknown> = {}) => teamLine(key, language, params);
  if (log.areas.length === 0) return t('noGaps');
  const lines = [t('gapsHead')];
  const notAdded = (head: string, excluded: typeof log.areas[number]['excluded']) => (excluded.length === 0 ? head : t('notAdded', { head, list: leftOutList(excluded, language) }));
  for (const a of log.areas) {
    lines.push('', notAdded(t('gapArea', { area: a.area || t('noArea'), revenue: formatAmount(a.revenue), count: a.engagements }), a.excluded));
    for (const g of a.types) {
      lines.push(`  ${notAdded(t('gapType', { type: GAP_TYPE_TEXT[g.type][language], requirements: g.requirements, engagements: g.engagements, revenue: formatAmount(g.revenue) }), g.excluded)}`);
      lines.push(`    ${g.where.join(language === 'zh-CN' ? '、' : ', ')}`);
    }
    if (a.won.engagements > 0) lines.push(`  ${t('gapWon', { count: a.won.engagements, revenue: formatAmount(a.won.revenue) })}`);
  }
  if (log.unbudgeted > 0) lines.push('', t('gapUnbudgeted', { count: log.unbudgeted }));
  if (log.areas.some((a) => a.excluded.length > 0)) lines.push('', t('gapCurrencyNote', { currency: log.currency ?? '—' }));
  return lines.join('\n');
}

/** `presales gaps --format csv`: one row per area and type. */
export function gapsCsv(log: GapLog): string {
  const rows: (string | number)[][] = [['area', 'area_revenue', 'type', 'engagements', 'requirements', 'revenue', 'won_engagements', 'won_revenue', 'where', 'currency', 'not_added']];
  const cur = log.currency ?? '';
  const left = (xs: GapLog['areas'][number]['excluded']) => xs.map((x) => `${x.currency} ${x.value} (${x.engagements})`).join('; ');
  for (const a of log.areas) {
    for (const g of a.types) rows.push([a.area, a.revenue, g.type, g.engagements, g.requirements, g.revenue, a.won.engagements, a.won.revenue, g.where.join('; '), cur, left(g.excluded)]);
    if (a.types.length === 0) rows.push([a.area, a.revenue, '', 0, 0, 0, a.won.engagements, a.won.revenue, '', cur, left(a.excluded)]);
  }
  return csvRows(rows);
}
