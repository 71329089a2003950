import activities from '../../../schemas/activities.schema.json';
import bidControl from '../../../schemas/bid-control.schema.json';
import deviationTable from '../../../schemas/deviation-table.schema.json';
import engagement from '../../../schemas/engagement.schema.json';
import interfaceForm from '../../../schemas/interface-form.schema.json';
import frontMatter from '../../../schemas/markdown-front-matter.schema.json';
import pricing from '../../../schemas/pricing.schema.json';
import requirements from '../../../schemas/requirements.schema.json';
import reviews from '../../../schemas/reviews.schema.json';
import stakeholders from '../../../schemas/stakeholders.schema.json';
import tender from '../../../schemas/tender.schema.json';
import { KIND_SPECS, type Kind } from '../method/kinds';
import type { Language } from '../types';

/** The part of JSON Schema our schemas use (no `$ref`, `allOf` or conditionals: a test keeps it so). */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
}

// The same files the validators are generated from, bundled as data: completion needs no other extension.
const SCHEMAS: Readonly<Record<string, SchemaNode>> = {
  activities, 'bid-control': bidControl, 'deviation-table': deviationTable, engagement, 'interface-form': interfaceForm,
  'markdown-front-matter': frontMatter, pricing, requirements, reviews, stakeholders, tender,
} as Record<string, SchemaNode>;

/** A field a map may hold, with its description in one language. */
export interface FieldInfo {
  name: string;
  description?: string;
}

/** The schema of a kind's files (its `KindSpec.schema`). */
export function schemaOfKind(kind: Kind): SchemaNode | undefined {
  return SCHEMAS[KIND_SPECS[kind].schema];
}

/** A schema by its name (`markdown-front-matter` for every Markdown deliverable's front matter). */
export function schemaNamed(name: string): SchemaNode | undefined {
  return Object.prototype.hasOwnProperty.call(SCHEMAS, name) ? SCHEMAS[name] : undefined;
}

/** The schema nodes a YAML path can reach (`[]` steps into list items); every `anyOf`/`oneOf` branch counts. */
export function nodesAt(root: SchemaNode, path: readonly string[]): SchemaNode[] {
  let nodes = branches(root);
  for (const seg of path) {
    const next: SchemaNode[] = [];
    for (const n of nodes) {
      const child = seg === '[]' ? n.items : n.properties?.[seg];
      if (child) next.push(...branches(child));
    }
    nodes = next;
  }
  return nodes;
}

/** The allowed values of a field (its enum or const, or its list items'), as text, without duplicates. */
export function enumValues(nodes: readonly SchemaNode[]): string[] {
  const out = new Set<string>();
  const take = (n: SchemaNode) => {
    for (const v of n.enum ?? []) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.add(String(v));
    if (typeof n.const === 'string') out.add(n.const);
  };
  for (const n of nodes) {
    take(n);
    if (n.items) branches(n.items).forEach(take);
  }
  return [...out];
}

/** The fields of the maps at these nodes, in schema order. */
export function fieldsOf(nodes: readonly SchemaNode[], language: Language): FieldInfo[] {
  const out = new Map<string, FieldInfo>();
  for (const n of nodes) {
    for (const [name, p] of Object.entries(n.properties ?? {})) if (!out.has(name)) out.set(name, { name, description: describe(p.description, language) });
  }
  return [...out.values()];
}

/** True when the nodes describe a map (a list item that is a map takes keys, not values). */
export function isMapNode(nodes: readonly SchemaNode[]): boolean {
  return nodes.some((n) => n.properties !== undefined);
}

/** One side of a bilingual schema description (`English · 中文`). */
export function describe(text: string | undefined, language: Language): string | undefined {
  if (!text) return undefined;
  const cut = text.lastIndexOf(' · ');
  if (cut < 0) return text;
  return language === 'zh-CN' ? text.slice(cut + 3) : text.slice(0, cut);
}

function branches(n: SchemaNode): SchemaNode[] {
  return [n, ...(n.anyOf ?? []).flatMap(branches), ...(n.oneOf ?? []).flatMap(branches)];
}
