import { codeMeta } from '../rules/ruleList';
import type { RuleMeta } from '../rules/rule';
import type { Language, Localized, Severity } from '../types';

const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** The page's own words, both languages (the page follows the engagement's language, not the UI's). */
const W = {
  term: t('方法术语', 'Method term'),
  severity: t('默认严重程度', 'Default severity'),
  pitfall: t('售前误区', 'A presales pitfall'),
  yes: t('是', 'yes'),
  no: t('否', 'no'),
  quickFix: t('快速修复', 'Quick fix'),
  quickFixYes: t('有：在问题上按 Ctrl+. （macOS：⌘.）', 'available: Ctrl+. (macOS: ⌘.) on the finding'),
  lesson: t('含义与教训', 'What it means — the lesson'),
  fires: t('何时触发', 'What fires it'),
  example: t('示例', 'Example'),
  fix: t('如何修复', 'How to fix it'),
  thresholds: t('阈值与调整方法', 'Thresholds and how to change them'),
  noThresholds: t('此规则没有可调阈值。', 'This rule has no threshold to tune.'),
  key: t('`policy:` 键', '`policy:` key'),
  meaning: t('含义', 'Meaning'),
  default: t('默认值', 'Default'),
  changeThreshold: t('在 engagement.yaml 的 `policy:` 下写入新值即可覆盖默认值：', 'Override a default under `policy:` in engagement.yaml:'),
  changeSeverity: t(
    '如需调整本规则的严重程度（或关闭它），在 `policy.rules` 下写明：',
    'To change this rule’s severity (or turn it off), name it under `policy.rules`:',
  ),
  offline: t('本页由规则自身的元数据生成，离线可用。', 'Generated from the rule’s own metadata; works offline.'),
};

const SEVERITY: Record<Severity, Localized> = { error: t('错误', 'error'), warning: t('警告', 'warning'), info: t('提示', 'info') };

/**
 * The Explain page of a diagnostic code, as Markdown in `language`: the method's term, the lesson
 * (the rule's description), what fires it, an example and the fix, the thresholds with their defaults and
 * the `policy:` keys that change them, and how to change the severity. Generated from the rule's `meta`
 * (its `explain`: trigger, example, fix); undefined for a code the product never emits.
 */
export function explainPage(code: string, language: Language): string | undefined {
  const meta = codeMeta(code);
  if (!meta) return undefined;
  return pageOf(meta, language);
}

function pageOf(meta: RuleMeta, l: Language): string {
  const say = (x: Localized) => x[l];
  // Full-width colon in Chinese prose (STYLE.md), ASCII in English.
  const fact = (label: Localized, value: string) => `**${say(label)}**${l === 'zh-CN' ? '：' : ': '}${value}`;
  const out: string[] = [`# \`${meta.code}\` — ${say(meta.summary)}`, ''];
  const facts = [
    ...(meta.term ? [fact(W.term, meta.term)] : []),
    fact(W.severity, say(SEVERITY[meta.severity])),
    fact(W.pitfall, say(meta.pitfall ? W.yes : W.no)),
    fact(W.quickFix, meta.fixable ? say(W.quickFixYes) : say(W.no)),
  ];
  out.push(facts.join('  \n'), '', `## ${say(W.lesson)}`, '', say(meta.description), '');
  const ex = meta.explain;
  out.push(`## ${say(W.fires)}`, '', say(ex.fires), '');
  out.push(`## ${say(W.example)}`, '', fenced(ex.example, ex.format ?? 'yaml'), '');
  out.push(`## ${say(W.fix)}`, '', say(ex.fix), '');
  out.push(`## ${say(W.thresholds)}`, '');
  if (meta.thresholds.length === 0) {
    out.push(say(W.noThresholds), '');
  } else {
    out.push(`| ${say(W.key)} | ${say(W.meaning)} | ${say(W.default)} |`, '|---|---|---|');
    for (const th of meta.thresholds) out.push(`| \`${th.key}\` | ${cell(say(th.summary))} | ${th.default} |`);
    out.push('', say(W.changeThreshold), '', fenced(`policy:\n${meta.thresholds.map((th) => `  ${th.key}: ${th.default}`).join('\n')}`, 'yaml'), '');
  }
  const other: Severity = meta.severity === 'error' ? 'warning' : 'error';
  out.push(say(W.changeSeverity), '', fenced(`policy:\n  rules:\n    ${meta.code}: ${other}   # error | warning | info | off`, 'yaml'), '');
  out.push('---', '', `_${say(W.offline)}_`, '');
  return out.join('\n');
}

/** A fenced block whose fence is longer than any backtick run inside it. */
function fenced(body: string, lang: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${body}\n${fence}`;
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}
