import { isAlias, isNode, visit, type Document, type Node } from 'yaml';
import { sameData } from './sameData';
import { applyEdits, type EditPlan } from './textEdit';
import { parseForEdit } from './yamlLayout';

/** What an edit means to do to the data: the document as it should read after the edit. */
export type Intent = (before: unknown) => unknown;

/**
 * The guard every YAML edit passes before anything is written: apply the planned edits to a copy, re-parse
 * it, and accept only a single valid document whose data equals `intent(before)` — the new value in place and
 * everything else deep-equal. Anything else (invalid YAML, a second document, a changed alias, a value read
 * back differently) becomes the refusal `unsafe-edit`, and the caller writes nothing. Edits never overlap
 * and stay inside the text, so every byte outside them is unchanged by construction.
 */
export function verifiedPlan(text: string, before: unknown, plan: EditPlan, intent: Intent): EditPlan {
  if (!plan.ok) return plan;
  const sorted = [...plan.edits].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    if (e.start < 0 || e.end < e.start || e.end > text.length || (i > 0 && e.start < sorted[i - 1].end)) return { ok: false, reason: 'unsafe-edit' };
  }
  const after = parseForEdit(applyEdits(text, plan.edits));
  return after.ok && sameData(after.data, intent(before)) ? plan : { ok: false, reason: 'unsafe-edit' };
}

/** `data` with `value` at `path` (keys and indexes), copying only what lies on the path. */
export function withValueAt(data: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(data) && typeof head === 'number') {
    const copy = [...data];
    copy[head] = withValueAt(data[head], rest, value);
    return copy;
  }
  const obj = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  return { ...obj, [String(head)]: withValueAt(obj[String(head)], rest, value) };
}

/**
 * The anchor of a node on the edit's path that an alias elsewhere repeats (`stage: &s x` … `prev: *s`), or
 * undefined. Changing such a node would silently change the alias too, so edits refuse (`aliased`) rather
 * than de-alias behind the writer's back.
 */
export function aliasedAnchor(doc: Document.Parsed, nodes: readonly (Node | null | undefined)[]): string | undefined {
  const anchors = nodes.map((n) => (isNode(n) ? n.anchor : undefined)).filter((a): a is string => !!a);
  if (anchors.length === 0) return undefined;
  const used = new Set<string>();
  visit(doc, { Alias: (_k, a) => void (isAlias(a) && used.add(a.source)) });
  return anchors.find((a) => used.has(a));
}
