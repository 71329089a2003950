import { findFrontMatter } from '../parse/frontMatter';
import type { EditPlan } from './textEdit';

/**
 * Runs a YAML edit on a file's YAML: the whole text for `.yaml`, the front matter for Markdown. The
 * resulting offsets are shifted back into the whole file.
 */
export function editYamlRegion(path: string, text: string, edit: (yaml: string) => EditPlan): EditPlan {
  if (!/\.(md|markdown)$/i.test(path)) return edit(text);
  const fm = findFrontMatter(text);
  if (!fm || fm === 'unclosed') return { ok: false, reason: 'no-front-matter' };
  const plan = edit(text.slice(fm.start, fm.end));
  if (!plan.ok) return plan;
  return { ok: true, edits: plan.edits.map((e) => ({ start: e.start + fm.start, end: e.end + fm.start, newText: e.newText })) };
}
