// Every commented YAML example in every template must work when a writer uncomments it: it parses, it
// validates against its kind's schema, and it uses half-width `:` and `,` where YAML needs them (#12).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { renderTemplate, type TemplateVars } from '../../../src/core/edit/renderTemplate';
import { isKind } from '../../../src/core/method/kinds';
import { validateAgainstSchema } from '../../../src/core/schema/schemaValidator';

const ROOT = join(__dirname, '../../../templates');
const VARS: TemplateVars = { id: 'acme-his', title: 'HIS', customer: 'Acme', date: '2026-11-28', currency: 'CNY', budget: 1000000, category: 'solution', owner: 'Lead', stage: 'introduction' };

/** A commented line that is YAML once its `# ` is removed: `key: …`, `- …` (keys are lower-case ASCII). */
const YAML_LIKE = /^\s*(?:-\s+)?[a-z_][a-z0-9_-]*\s*(?::(?:\s|$)|：)|^\s*-\s+\S/;
/** Full-width punctuation where YAML syntax needs ASCII: `key：`, or `，` between flow-sequence items. */
const FULL_WIDTH_SYNTAX = /^\s*(?:-\s+)?[a-z_][a-z0-9_-]*：|\[[^\]]*，[^\]]*\]/;

const uncomment = (line: string) => line.replace(/^(\s*)# /, '$1');
const isComment = (line: string) => /^\s*#/.test(line);

/** One commented example: its line span in the YAML text and its uncommented lines. */
interface CommentedExample {
  start: number;
  end: number;
  lines: string[];
}

/** The runs of consecutive commented YAML lines of a YAML text. */
function commentedExamples(yaml: string): CommentedExample[] {
  const lines = yaml.split('\n');
  const out: CommentedExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isComment(lines[i]) || !YAML_LIKE.test(uncomment(lines[i]))) continue;
    const start = i;
    const base = uncomment(lines[i]).search(/\S/);
    // Continuation: more commented YAML, or deeper-indented commented lines (a nested list or map).
    while (i + 1 < lines.length && isComment(lines[i + 1]) && (YAML_LIKE.test(uncomment(lines[i + 1])) || uncomment(lines[i + 1]).search(/\S/) > base)) i++;
    out.push({ start, end: i + 1, lines: lines.slice(start, i + 1).map(uncomment) });
  }
  return out;
}

/**
 * The text with one example uncommented where a writer would put it: a list example replaces the empty
 * `key: []` it precedes; a mapping example is uncommented in place.
 */
function withExample(yaml: string, ex: CommentedExample): string {
  const lines = yaml.split('\n');
  if (!/^\s*-\s/.test(ex.lines[0])) return [...lines.slice(0, ex.start), ...ex.lines, ...lines.slice(ex.end)].join('\n');
  let k = ex.end;
  while (k < lines.length && (isComment(lines[k]) || lines[k].trim() === '')) k++;
  const key = /^(\s*[\w-]+):\s*\[\]\s*(#.*)?$/.exec(lines[k] ?? '');
  if (!key) throw new Error(`list example at line ${ex.start + 1} is not followed by an empty list (line ${k + 1}: ${lines[k]})`);
  return [...lines.slice(0, ex.start), ...lines.slice(ex.end, k), `${key[1]}:`, ...ex.lines, ...lines.slice(k + 1)].join('\n');
}

/** Problems of one example: parse errors, full-width syntax, schema errors of the file it lands in. */
function problems(yaml: string, ex: CommentedExample): string[] {
  const out = ex.lines.filter((l) => FULL_WIDTH_SYNTAX.test(l)).map((l) => `full-width punctuation in YAML syntax: ${l.trim()}`);
  const doc = parseDocument(withExample(yaml, ex));
  out.push(...doc.errors.map((e) => `YAML: ${e.message.split('\n')[0]}`));
  if (doc.errors.length) return out;
  const value = doc.toJS() as Record<string, unknown>;
  const kind = value?.kind;
  if (!isKind(kind)) return [...out, `no kind`];
  out.push(...validateAgainstSchema(kind, value).map((e) => `schema: ${e.instancePath} ${e.message}`));
  return out;
}

function templates(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? templates(join(dir, n)) : [join(dir, n)]));
}

/** The YAML of a template: the whole file, or a Markdown file's front matter. */
function yamlOf(file: string): string | undefined {
  const text = renderTemplate(readFileSync(file, 'utf8'), VARS, file.endsWith('.md') ? 'markdown' : 'yaml');
  if (file.endsWith('.yaml')) return text;
  return /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
}

describe('commented examples in templates', () => {
  let total = 0;
  for (const file of templates(ROOT)) {
    const yaml = yamlOf(file);
    if (yaml === undefined) continue;
    const examples = commentedExamples(yaml);
    total += examples.length;
    for (const ex of examples) {
      it(`${relative(ROOT, file)}:${ex.start + 1} parses and validates when uncommented`, () => {
        assert.deepEqual(problems(yaml, ex), []);
      });
    }
  }

  it('finds the examples of every language (the scan itself works)', () => {
    assert.ok(total >= 40, `only ${total} commented examples found`);
  });

  it('catches the defects of #12: a full-width colon or comma in a commented example', () => {
    const colon = 'kind: pricing\n# 示例：\n#   - item：门诊管理子系统\n#     qty: 1\nlines: []\n';
    const [ex] = commentedExamples(colon);
    assert.deepEqual({ start: ex.start, end: ex.end }, { start: 2, end: 4 });
    assert.match(problems(colon, ex).join('\n'), /full-width punctuation in YAML syntax: - item：门诊管理子系统/);
    const comma = 'kind: bid-control\n# 示例：\n#   - parameter: P\n#     proof: [软件著作权登记证书，功能截图]\nitems: []\n';
    assert.match(problems(comma, commentedExamples(comma)[0]).join('\n'), /full-width punctuation in YAML syntax: proof: \[软件著作权登记证书，功能截图\]/);
    const team = 'kind: engagement\nid: a\ntitle: t\ncustomer: c\nstage: kickoff\nteam:\n  # sales：销售负责人\n  presales: []\n';
    assert.ok(problems(team, commentedExamples(team)[0]).length > 0);
  });

  it('places a list example under the empty list it precedes, and a mapping example in place', () => {
    const list = 'kind: pricing\n# Example:\n#   - item: A\n#     qty: 1\n# Total below\nlines: []\ntotal: 0\n';
    assert.equal(withExample(list, commentedExamples(list)[0]), 'kind: pricing\n# Example:\n# Total below\nlines:\n  - item: A\n    qty: 1\ntotal: 0\n');
    const map = 'dates:\n  opened: 2026-01-01\n  # bid_deadline: 2026-12-20   # later\n';
    assert.equal(withExample(map, commentedExamples(map)[0]), 'dates:\n  opened: 2026-01-01\n  bid_deadline: 2026-12-20   # later\n');
  });
});
