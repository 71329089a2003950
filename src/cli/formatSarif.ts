import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { CODE_META, type Finding, type Language, type RuleMeta, type Severity } from '../core';
import type { CliReport } from './cliReport';
import { TOOL_VERSION } from './toolVersion';
import { jsonSafe } from './terminalText';

/** Where the rules are documented for code-scanning UIs (docs/rules.md anchors, one per code). */
export const DOCS_BASE = 'https://github.com/presales-workbench/presales-workbench/blob/main/';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * `presales check --format sarif`: SARIF 2.1.0 for code-scanning UIs. Every code is a rule with its help
 * (both languages) from the rule metadata; results point at exact regions (1-based lines and columns in
 * UTF-16 code units, like our ranges) by URIs relative to `%SRCROOT%`, the folder checked. The flood cap's
 * "… and N more" finding is a result like any other, with `properties.omitted`.
 */
export function formatSarif(reports: readonly CliReport[], loose: readonly Finding[], language: Language, folder: string): string {
  const rules = CODE_META.map((m) => sarifRule(m, language));
  const index = new Map(CODE_META.map((m, i) => [m.code, i]));
  const results: Sarif.Result[] = [...loose, ...reports.flatMap((r) => r.findings)].map((f) => {
    const result: Sarif.Result = {
      ruleId: f.code,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relativeUri(f.file), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: f.range.start.line + 1,
              startColumn: f.range.start.character + 1,
              endLine: f.range.end.line + 1,
              endColumn: f.range.end.character + 1,
            },
          },
        },
      ],
    };
    const i = index.get(f.code);
    if (i !== undefined) result.ruleIndex = i;
    if (typeof f.data?.omitted === 'number') result.properties = { omitted: f.data.omitted };
    return result;
  });
  const root = pathToFileURL(folder).href;
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'presales', informationUri: `${DOCS_BASE}README.md`, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return jsonSafe(JSON.stringify(log, null, 2));
}

function sarifRule(m: RuleMeta, language: Language): Sarif.ReportingDescriptor {
  const other: Language = language === 'en' ? 'zh-CN' : 'en';
  const term = m.term ? ` (${m.term})` : '';
  return {
    id: m.code,
    name: m.code.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: m.summary[language] + term },
    fullDescription: { text: m.description[language] },
    help: {
      text: `${m.description[language]}\n\n${m.description[other]}`,
      markdown: `**${m.summary[language]}**${term}\n\n${m.description[language]}\n\n${m.description[other]}\n\n[docs/rules.md#${m.code}](${DOCS_BASE}${m.docs})`,
    },
    helpUri: `${DOCS_BASE}${m.docs}`,
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { tags: ['presales', ...(m.pitfall ? ['pitfall'] : [])], ...(m.term ? { term: m.term } : {}) },
  };
}

/** A workspace-relative POSIX path as a relative URI reference (each segment percent-encoded). */
function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
