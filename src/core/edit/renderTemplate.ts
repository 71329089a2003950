import { yamlScalar } from './yamlScalar';

/** The placeholders templates may use (TEAM-NOTES.md). */
export const TEMPLATE_VARIABLES = ['id', 'title', 'customer', 'date', 'currency', 'budget', 'category', 'language', 'owner', 'stage'] as const;

/** Values for the placeholders; a missing one renders as an empty string. */
export type TemplateVars = Partial<Record<(typeof TEMPLATE_VARIABLES)[number], string | number>>;

const QUOTED = /(["'])\{\{(\w+)\}\}\1/g;
const BARE = /\{\{(\w+)\}\}/g;
// A bare placeholder in value position: `key: {{x}}` or `- {{x}}` (comments and prose take plain text).
const VALUE_POSITION = /^\s*(?:-\s+)?(?:[\w.-]+:\s*)?$/;

/**
 * Fills a template. In YAML (a `.yaml` file, or a Markdown file's front matter) a placeholder in value
 * position becomes a safe YAML scalar (`"{{customer}}"` included: the quotes are the template's, the
 * value decides its own quoting); elsewhere (comments, Markdown prose) it becomes one line of plain text.
 */
export function renderTemplate(text: string, vars: TemplateVars, format: 'yaml' | 'markdown' = 'yaml'): string {
  if (format === 'yaml') return renderYaml(text, vars);
  const fm = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  if (!fm) return renderProse(text, vars);
  return renderYaml(fm[0], vars) + renderProse(text.slice(fm[0].length), vars);
}

function renderYaml(text: string, vars: TemplateVars): string {
  return text
    .split(/(?<=\n)/)
    .map((line) => {
      const hash = commentStart(line);
      const code = hash === -1 ? line : line.slice(0, hash);
      const rest = hash === -1 ? '' : line.slice(hash);
      const filled = code
        .replace(QUOTED, (m, _q, name: string) => (isVariable(name) ? yamlScalar(valueOf(vars, name)) : m))
        .replace(BARE, (m, name: string, offset: number, whole: string) =>
          !isVariable(name) ? m : VALUE_POSITION.test(whole.slice(0, offset)) ? yamlScalar(valueOf(vars, name)) : proseValue(vars, name)!);
      return filled + renderProse(rest, vars);
    })
    .join('');
}

function renderProse(text: string, vars: TemplateVars): string {
  return text.replace(BARE, (m, name: string) => proseValue(vars, name) ?? m);
}

/** One line of text: no line breaks, and no `-->` that would close the HTML comment it may sit in. */
function proseValue(vars: TemplateVars, name: string): string | undefined {
  if (!isVariable(name)) return undefined;
  return String(valueOf(vars, name) ?? '').replace(/[\r\n]+/g, ' ').replace(/--+>/g, '- ->');
}

function isVariable(name: string): boolean {
  return (TEMPLATE_VARIABLES as readonly string[]).includes(name);
}

function valueOf(vars: TemplateVars, name: string): string | number {
  const v = (vars as Record<string, string | number | undefined>)[name];
  return v ?? '';
}

/** Offset of a line's YAML comment (`#` at line start or after whitespace, outside quotes), or -1. */
function commentStart(line: string): number {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s:[{,-]/.test(line[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return i;
  }
  return -1;
}
