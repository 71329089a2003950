import type { FindingCollector } from '../findingCollector';
import { isKind, isMarkdownKind, KIND_SPECS } from '../method/kinds';
import { reportSchemaErrors } from '../schema/schemaFindings';
import { validateAgainstSchema } from '../schema/schemaValidator';
import type { SourceFile } from '../parse/sourceFile';
import type { Localized } from '../types';
import { findFrontMatter } from '../parse/frontMatter';
import { reportBidiControls } from './bidiControls';
import { checkSections } from './checkSections';
import { reportMarker } from './markerFile';
import { flowScalars } from './flowScalars';
import { describeYamlProblem, fullWidthInFlow } from './yamlProblemText';

const UNREADABLE: Record<NonNullable<SourceFile['unreadable']>, Localized> = {
  binary: { en: 'This is a binary file, not YAML or Markdown text; it was skipped.', 'zh-CN': '这是二进制文件，不是 YAML 或 Markdown 文本；已跳过。' },
  encoding: { en: 'This file is not UTF-8 text (save it as UTF-8); it was skipped.', 'zh-CN': '文件不是 UTF-8 编码（请另存为 UTF-8）；已跳过。' },
  'too-large': { en: 'This file is larger than 4 MB; it was skipped.', 'zh-CN': '文件超过 4 MB，已跳过。' },
  'io-error': { en: 'This file could not be read; it was skipped.', 'zh-CN': '无法读取该文件，已跳过。' },
  'unclosed-front-matter': {
    en: 'The front matter opened with `---` is never closed; add a `---` line after it.',
    'zh-CN': '以 `---` 开头的文档头没有结束；请在其后加一行 `---`。',
  },
};
const NO_KIND: Localized = {
  en: 'This YAML file has no top-level `kind`, so it is not checked. Add e.g. `kind: stakeholders`.',
  'zh-CN': '该 YAML 文件缺少顶层 `kind`，因此不会被检查。请添加，如 `kind: stakeholders`。',
};
const NEEDS_MARKDOWN: Localized = {
  en: '`kind: {kind}` ({label}) is a Markdown document with front matter and headings; this YAML file is not read as one and does not count as the deliverable. Write it as Markdown, e.g. `{path}`.',
  'zh-CN': '`kind: {kind}`（{label}）是带文档头和章节标题的 Markdown 文档；此 YAML 文件不会被当作该交付物，也不计入阶段交付物。请改写为 Markdown，例如 `{path}`。',
};
const NEEDS_YAML: Localized = {
  en: '`kind: {kind}` ({label}) is a YAML file; Markdown front matter is not read as one, so nothing in it is counted or written to. Move it to its own YAML file, e.g. `{path}`.',
  'zh-CN': '`kind: {kind}`（{label}）应是独立的 YAML 文件；Markdown 文档头中的内容不会被读取，也不会被统计或写入。请移到单独的 YAML 文件，例如 `{path}`。',
};
const BAD_KIND: Localized = { en: 'Unknown kind `{kind}`; known kinds: {known}.', 'zh-CN': '未知的文件类型 `{kind}`；可用类型：{known}。' };

/** File-level checks: readability, YAML syntax, `kind`, schema, required sections. */
export function checkFile(file: SourceFile, out: FindingCollector, knownKinds: readonly string[]): void {
  if (file.unreadable) {
    const code = file.format === 'yaml' || file.unreadable === 'unclosed-front-matter' ? 'yaml-syntax' : 'unknown-kind';
    out.report(file.path, file.lines.lineRange(0), code, UNREADABLE[file.unreadable], { severity: 'warning' });
    if (file.unreadable !== 'unclosed-front-matter') return;
  }
  reportBidiControls(file, out);
  for (const p of file.problems) {
    const d = describeYamlProblem(p, file.text);
    out.report(file.path, file.lines.rangeOf(d.start, d.end), 'yaml-syntax', d.message, { severity: p.severity, params: d.params, data: { parserCode: p.code } });
  }
  if (file.problems.some((p) => p.severity === 'error')) return;
  reportFullWidthInFlow(file, out);
  if (reportMarker(file, out)) return;
  if (!file.kind) {
    reportKind(file, out, knownKinds);
    return;
  }
  if (file.format === 'markdown' && !isMarkdownKind(file.kind)) {
    reportKind(file, out, knownKinds);
    return;
  }
  reportSchemaErrors(file, validateAgainstSchema(file.kind, file.data), out);
  if (file.format === 'markdown') checkSections(file, out);
}

/** `[吴磊，郑佳]` parses as one item: a warning that names the full-width comma (or colon in `{…}`). */
function reportFullWidthInFlow(file: SourceFile, out: FindingCollector): void {
  if (!file.yaml || (!file.text.includes('，') && !file.text.includes('：'))) return;
  // No `[` or `{` anywhere: the YAML has no flow collection, so there is nothing to look at (or to re-parse).
  if (!file.text.includes('[') && !file.text.includes('{')) return;
  const doc = file.yaml.doc;
  if (!doc) return;
  const fm = file.format === 'markdown' ? findFrontMatter(file.text) : undefined;
  const base = fm && fm !== 'unclosed' ? fm.start : 0;
  for (const x of fullWidthInFlow(file.text, flowScalars(doc, base))) {
    out.report(file.path, file.lines.rangeOf(x.offset, x.offset + 1), 'yaml-syntax', x.message, { severity: 'warning', params: x.params, data: { fullWidth: file.text[x.offset] } });
  }
}

function reportKind(file: SourceFile, out: FindingCollector, knownKinds: readonly string[]): void {
  // Markdown without a `kind` is a free note; only a declared but unknown kind is worth a word.
  if (file.rawKind === undefined) {
    if (file.format === 'yaml' && file.data !== undefined && file.data !== null) {
      out.report(file.path, file.lines.lineRange(0), 'unknown-kind', NO_KIND, { severity: 'info' });
    }
    return;
  }
  if (isKind(file.rawKind)) {
    // A known kind in the wrong format: say which format it needs, and that it does not count as the deliverable.
    const spec = KIND_SPECS[file.rawKind];
    out.report(file.path, file.yaml ? file.yaml.rangeAt(['kind']) : file.lines.lineRange(0), 'unknown-kind', isMarkdownKind(file.rawKind) ? NEEDS_MARKDOWN : NEEDS_YAML, {
      params: { kind: file.rawKind, label: spec.label[out.language], path: spec.defaultPath },
      data: { reason: 'wrong-format', kind: file.rawKind, expected: isMarkdownKind(file.rawKind) ? 'markdown' : 'yaml' },
    });
    return;
  }
  const known = knownKinds.filter((k) => (file.format === 'markdown') === isMarkdownKind(k as never)).join(', ');
  out.report(file.path, file.yaml ? file.yaml.rangeAt(['kind']) : file.lines.lineRange(0), 'unknown-kind', BAD_KIND, {
    params: { kind: String(file.rawKind), known },
  });
}
