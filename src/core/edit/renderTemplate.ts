import { renderYamlTemplate, type Placeholder } from './yamlTemplate';

/** The `{{…}}` placeholders the files under templates/ may use (filled in one pass: docs/security.md). */
export const TEMPLATE_VARIABLES = ['id', 'title', 'customer', 'date', 'currency', 'budget', 'category', 'language', 'owner', 'stage'] as const;

/** Values for the placeholders; a missing one renders as an empty string. */
export type TemplateVars = Partial<Record<(typeof TEMPLATE_VARIABLES)[number], string | number>>;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * Fills a template in one pass: a value that itself contains `{{title}}` is written as it is, never filled
 * again. In YAML (a `.yaml` file, or a Markdown file's front matter) each value is YAML-escaped for the
 * scalar it lands in (`renderYamlTemplate`), so any customer name gives a valid file that reads back as
 * exactly that name; elsewhere (comments, Markdown prose) it becomes one line of plain text. Unknown
 * placeholders stay as written.
 */
export function renderTemplate(text: string, vars: TemplateVars, format: 'yaml' | 'markdown' = 'yaml'): string {
  const find = (name: string) => placeholderOf(vars, name);
  if (format === 'yaml') return renderYamlTemplate(text, find);
  const fm = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text);
  if (!fm) return renderProse(text, vars);
  return renderYamlTemplate(fm[0], find) + renderProse(text.slice(fm[0].length), vars);
}

function renderProse(text: string, vars: TemplateVars): string {
  return text.replace(PLACEHOLDER, (m, name: string) => placeholderOf(vars, name)?.prose ?? m);
}

function placeholderOf(vars: TemplateVars, name: string): Placeholder | undefined {
  if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name)) return undefined;
  const value = (vars as Record<string, string | number | undefined>)[name] ?? '';
  // One line, and no `-->` that would close the HTML comment it may sit in.
  const prose = String(value).replace(/[\r\n]+/g, ' ').replace(/--+>/g, '- ->');
  return { source: `{{${name}}}`, value, prose };
}
