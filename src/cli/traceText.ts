import { formatAmount, formatMessage, type Language, type Localized } from '../core';
import { terminalSafe } from './terminalText';
import { displayWidth as width } from './textWrap';
import type { TraceJson } from './traceJson';

const t = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

/** Every string `presales trace` prints as text, in both languages. */
const STRINGS = {
  title: t('Compliance matrix: {title} ({requirements} requirements, {clauses} tender clauses)', '需求追溯矩阵：{title}（需求 {requirements} 项，招标条款 {clauses} 条）'),
  source: t('source {id}', '来源 {id}'),
  noSource: t('no source', '无来源'),
  answered: t('answered', '方案回应'),
  priced: t('priced', '报价'),
  deviations: t('deviation', '偏离表'),
  none: t('—', '—'),
  clauses: t('Tender clauses', '招标条款'),
  unanswered: t('no deviation row', '偏离表中无对应行'),
  kano_basic: t('basic', '基本'),
  kano_performance: t('performance', '线性'),
  kano_excitement: t('excitement', '兴奋'),
  status_met: t('met', '满足'),
  status_partial: t('partial', '部分满足'),
  status_unmet: t('unmet', '未满足'),
  'status_out-of-scope': t('out of scope', '范围外'),
  deviation_none: t('none', '无偏离'),
  deviation_positive: t('positive', '正偏离'),
  deviation_negative: t('negative', '负偏离'),
} satisfies Record<string, Localized>;

type Key = keyof typeof STRINGS;

/** The matrix as readable text in the engagement's language; every value from the files is terminal-safe. */
export function traceText(m: TraceJson, title: string, lang: Language): string {
  const say = (key: Key, params?: Record<string, unknown>) => formatMessage(STRINGS[key], lang, params);
  const label = (prefix: 'kano' | 'status' | 'deviation', v: string | null) => (v && `${prefix}_${v}` in STRINGS ? say(`${prefix}_${v}` as Key) : v);
  const safe = (s: string) => terminalSafe(s);
  const out = [safe(say('title', { title, requirements: m.requirements.length, clauses: m.clauses.length })), ''];
  const pad = Math.max(...(['answered', 'priced', 'deviations'] as const).map((k) => width(say(k))));
  const cell = (key: 'answered' | 'priced' | 'deviations', entries: string[]) => {
    const head = `  ${say(key)}${' '.repeat(pad - width(say(key)))}  `;
    if (entries.length === 0) return [head + say('none')];
    return entries.map((e, i) => (i === 0 ? head : ' '.repeat(width(head))) + safe(e));
  };
  for (const r of m.requirements) {
    out.push(safe(`${r.id}  ${r.title ?? ''}`.trimEnd()));
    const facts = [label('kano', r.kano), label('status', r.status), r.source ? say('source', { id: r.source }) : say('noSource')].filter((x): x is string => !!x);
    out.push(`  ${safe(facts.join(' · '))}`);
    out.push(...cell('answered', r.answered.map((a) => `${a.file}:${a.line}${a.heading ? `  ${a.heading}` : ''}`)));
    out.push(...cell('priced', r.priced.map((p) => `${p.file}:${p.line}${p.item ? `  ${p.item}` : ''}${p.amount !== null ? `  ${formatAmount(p.amount)}` : ''}`)));
    out.push(...cell('deviations', r.deviations.map((d) => `${d.file}:${d.line}  ${d.mark ?? ''}${d.ref ?? ''}${d.deviation ? `  ${label('deviation', d.deviation)}` : ''}`.trimEnd())));
    out.push('');
  }
  if (m.clauses.length > 0) {
    out.push(say('clauses'));
    for (const c of m.clauses) {
      const name = `${c.mark ? `${c.mark} ` : ''}${c.ref}`;
      const rows = c.rows.map((w) => `${w.file}:${w.line}`);
      out.push(safe(`  ${name}  ${rows.length ? rows.join(lang === 'zh-CN' ? '、' : ', ') : say('unanswered')}`));
    }
    out.push('');
  }
  return out.join('\n');
}
