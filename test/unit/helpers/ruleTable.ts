import type { RuleMeta } from '../../../src/core/rules/rule';

/** Start and end markers of the generated table in docs/rules.md. */
export const TABLE_START = '<!-- rule-table:start (generated from the rules\u2019 meta by test/unit/rules/ruleMeta.test.ts; UPDATE_DOCS=1 rewrites it) -->';
export const TABLE_END = '<!-- rule-table:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The every-code table of docs/rules.md, rendered from the meta (one row per code, anchored by its code). */
export function renderRuleTable(metas: readonly RuleMeta[]): string {
  const rows = metas.map((m) => {
    const thresholds = m.thresholds.map((t) => `\`${t.key}\` = ${t.default}`).join('<br>') || '—';
    return `| <a id="${m.code}"></a>\`${m.code}\` | ${m.severity} | ${m.term ?? '—'} | ${cell(m.summary.en)} · ${cell(m.summary['zh-CN'])} | ${thresholds} | ${m.pitfall ? 'yes' : '—'} | ${m.fixable ? 'yes' : '—'} |`;
  });
  return [
    TABLE_START,
    '| code | default severity | method term | summary | thresholds (`policy:` key = default) | pitfall | quick fix |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    TABLE_END,
  ].join('\n');
}
