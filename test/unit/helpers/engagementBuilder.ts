/** Builders for inline rule fixtures: each returns file text whose line numbers the test can count. */

/** Options of `engagementYaml`. */
export interface EngagementOptions {
  stage?: string;
  language?: 'en' | 'zh-CN';
  /** `budget.amount` (lines 7–9 with the currency when given). */
  budget?: number;
  currency?: string;
  /** Raw YAML appended after the fixed head (research:, policy:, dates: …). */
  extra?: string;
}

/**
 * engagement.yaml: line 1 `kind`, 2 `id`, 3 `title`, 4 `customer`, 5 `stage`, 6 `language`,
 * then `budget` (lines 7–9) when given, then `extra`.
 */
export function engagementYaml(o: EngagementOptions = {}): string {
  const lines = ['kind: engagement', 'id: acme', 'title: Acme', 'customer: Acme Corp', `stage: ${o.stage ?? 'kickoff'}`, `language: ${o.language ?? 'en'}`];
  if (o.budget !== undefined) lines.push('budget:', `  amount: ${o.budget}`, `  currency: ${o.currency ?? 'CNY'}`);
  return `${lines.join('\n')}\n${o.extra ?? ''}`;
}

/** A `policy:` block for `extra`: numbers as given, `rules` as code → level. */
export function policyYaml(values: Record<string, number>, rules: Record<string, string> = {}): string {
  const out = ['policy:', ...Object.entries(values).map(([k, v]) => `  ${k}: ${v}`)];
  if (Object.keys(rules).length) out.push('  rules:', ...Object.entries(rules).map(([k, v]) => `    ${k}: ${v}`));
  return `${out.join('\n')}\n`;
}

/** A YAML list file: `kind`, then `listKey:` on line 2, then one `- ` item per entry, keys in the given order. */
export function listYaml(kind: string, listKey: string, items: Record<string, unknown>[]): string {
  const out = [`kind: ${kind}`, `${listKey}:`];
  for (const item of items) {
    Object.entries(item).forEach(([k, v], i) => out.push(`${i === 0 ? '  - ' : '    '}${k}: ${scalar(v)}`));
  }
  return `${out.join('\n')}\n`;
}

function scalar(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(scalar).join(', ')}]`;
  if (typeof v === 'string') return v === '' || /^[\s]|[:#\[\]{},"']|\s$|^(true|false|null|yes|no|~)$/i.test(v) ? JSON.stringify(v) : v;
  return String(v);
}
