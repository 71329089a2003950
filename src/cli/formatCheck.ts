import type { CliReport } from './cliReport';
import { countNoun, severityParams } from './countNoun';
import { foldSamePlace, joinMessages } from './foldSamePlace';
import { jsonSafe, terminalSafe } from './terminalText';
import { type Finding, formatMessage, type Language, type Localized, type Severity } from '../core';

const SUMMARY: Localized = {
  en: '{engagements}, {files}: {error}, {warning}, {info} info',
  'zh-CN': '共 {engagements} 个售前项目、{files} 个文件：错误 {error} 条，警告 {warning} 条，提示 {info} 条',
};

/** The summary speaks Chinese when every engagement checked does (an empty run speaks English). */
export function summaryLanguage(reports: readonly Pick<CliReport, 'language'>[]): Language {
  return reports.length > 0 && reports.every((r) => r.language === 'zh-CN') ? 'zh-CN' : 'en';
}

/** Counts by severity across reports and the findings that belong to no engagement (`loose`, from discovery). */
export function summarize(reports: CliReport[], loose: readonly Finding[] = []): Record<Severity, number> & { engagements: number; files: number } {
  const s = { error: 0, warning: 0, info: 0, engagements: reports.length, files: 0 };
  for (const r of reports) {
    s.files += r.files;
    for (const f of r.findings) s[f.severity]++;
  }
  for (const f of loose) s[f.severity]++;
  return s;
}

/**
 * Compiler-style lines: `path:line:col severity code message` (1-based); `loose` findings (discovery) first.
 * Findings with the same file, start, code and severity share one line whose message joins theirs (「；」 in
 * Chinese, "; " in English), so the `$presales` task shows every one of them; the summary still counts findings.
 */
export function formatText(reports: CliReport[], color: boolean, loose: readonly Finding[] = []): string {
  const paint = (sev: Severity, s: string) => (!color ? s : `\x1b[${sev === 'error' ? 31 : sev === 'warning' ? 33 : 36}m${s}\x1b[0m`);
  const lines: string[] = [];
  const lang = summaryLanguage(reports);
  const blocks: [readonly Finding[], Language][] = [[loose, lang], ...reports.map((r): [Finding[], Language] => [r.findings, r.language])];
  for (const [findings, language] of blocks) {
    for (const { finding: f, messages } of foldSamePlace(findings)) {
      const message = joinMessages(messages.map(terminalSafe), language);
      lines.push(`${terminalSafe(f.file)}:${f.range.start.line + 1}:${f.range.start.character + 1} ${paint(f.severity, f.severity)} ${terminalSafe(f.code)} ${message}`);
    }
  }
  const s = summarize(reports, loose);
  const nouns = lang === 'en' ? { engagements: countNoun(s.engagements, 'engagement'), files: countNoun(s.files, 'file') } : {};
  lines.push(formatMessage(SUMMARY, lang, { ...s, ...severityParams(lang, s), ...nouns }));
  return lines.join('\n');
}

/** The JSON contract of `presales check --format json`. */
export function formatJson(reports: CliReport[], loose: readonly Finding[] = []): string {
  const diagnostics = [...loose, ...reports.flatMap((r) => r.findings)].map((f: Finding) => ({
    file: f.file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    code: f.code,
    message: f.message,
  }));
  return jsonSafe(JSON.stringify({ diagnostics, summary: summarize(reports, loose) }, null, 2));
}
