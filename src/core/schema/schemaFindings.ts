import type { ErrorObject } from 'ajv';
import type { FindingCollector } from '../findingCollector';
import type { SourceFile } from '../parse/sourceFile';
import { rangeIn } from '../parse/sourceFile';
import type { YamlPath } from '../parse/yamlSource';
import { parseAmount } from '../text/parseAmount';
import type { Localized } from '../types';

const M: Record<string, Localized> = {
  required: { en: 'Missing required field `{name}`.', 'zh-CN': '缺少必填字段 `{name}`。' },
  additionalProperties: {
    en: 'Unknown field `{name}` (a typo?). Allowed here: {allowed}.',
    'zh-CN': '未知字段 `{name}`（是否拼写错误？）。此处允许：{allowed}。',
  },
  enum: { en: '`{value}` is not allowed here; use one of: {allowed}.', 'zh-CN': '`{value}` 不是允许的取值；可选：{allowed}。' },
  const: { en: 'Must be `{allowed}`.', 'zh-CN': '此处应为 `{allowed}`。' },
  type: { en: 'Should be of type {allowed}.', 'zh-CN': '类型应为 {allowed}。' },
  amountText: {
    en: '`{value}` is text; write it as a plain number: {number} (a note such as “about” can go in a `#` comment).',
    'zh-CN': '`{value}` 是文字，此处应写成纯数字：{number}（“约”等说明可写在 `#` 注释里）。',
  },
  format: { en: 'Should be a {allowed} (e.g. 2026-01-31).', 'zh-CN': '应为 {allowed} 格式（如 2026-01-31）。' },
  pattern: {
    en: '`{value}` has characters not allowed in an id (letters, digits, `_ . -`; no slashes).',
    'zh-CN': '`{value}` 含有编号中不允许的字符（仅限字母、数字、`_ . -`，不得含斜杠）。',
  },
  minimum: { en: 'Should be at least {allowed}.', 'zh-CN': '应不小于 {allowed}。' },
  maximum: { en: 'Should be at most {allowed}.', 'zh-CN': '应不大于 {allowed}。' },
  other: { en: 'Does not match the format: {detail}.', 'zh-CN': '不符合格式约定：{detail}。' },
};

/** Turns Ajv errors into `schema` findings on the node a writer must fix. */
export function reportSchemaErrors(file: SourceFile, errors: ErrorObject[], out: FindingCollector): void {
  const seen = new Set<string>();
  const paths = new Set(errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf').map((e) => e.instancePath));
  for (const err of errors) {
    // A combinator's own error repeats what its branches said.
    if ((err.keyword === 'anyOf' || err.keyword === 'oneOf') && paths.has(err.instancePath)) continue;
    const path = toPath(err.instancePath, file.data);
    const { range, message, params, name } = describe(file, err, path);
    const key = `${err.instancePath}|${err.keyword}|${name ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const format = err.keyword === 'required' && name ? formatOf(err, name) : undefined;
    out.report(file.path, range, 'schema', message, { params, data: { keyword: err.keyword, path: [...path], name, ...(format ? { format } : {}) } });
  }
}

/** The schema `format` of a missing required property (e.g. `date`): the quick fix's placeholder follows it. */
function formatOf(err: ErrorObject, name: string): string | undefined {
  const props = (err.parentSchema as { properties?: Record<string, { format?: unknown }> } | undefined)?.properties;
  const format = props?.[name]?.format;
  return typeof format === 'string' ? format : undefined;
}

function describe(file: SourceFile, err: ErrorObject, path: YamlPath) {
  const p = err.params as Record<string, unknown>;
  const value = valueAt(file.data, path);
  switch (err.keyword) {
    case 'required': {
      const name = String(p.missingProperty);
      const range = path.length ? rangeIn(file, path, 'key') : rangeIn(file, ['kind'], 'key');
      return { range, message: M.required, params: { name }, name };
    }
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const allowed = allowedKeys(err).join(', ');
      return { range: rangeIn(file, [...path, name], 'key'), message: M.additionalProperties, params: { name, allowed }, name };
    }
    case 'enum':
      return { range: rangeIn(file, path), message: M.enum, params: { value: show(value), allowed: (p.allowedValues as unknown[]).filter((v) => v !== null).map(show).join(', ') } };
    case 'const':
      return { range: rangeIn(file, path), message: M.const, params: { allowed: show(p.allowedValue) } };
    case 'type': {
      const number = String(p.type).split(',').includes('number') ? amountIn(value) : undefined;
      if (number !== undefined) return { range: rangeIn(file, path), message: M.amountText, params: { value: show(value), number: String(number) } };
      return { range: rangeIn(file, path), message: M.type, params: { allowed: String(p.type).split(',').filter((t) => t !== 'null').join(' / ') } };
    }
    case 'format':
      return { range: rangeIn(file, path), message: M.format, params: { allowed: String(p.format) === 'date' ? 'YYYY-MM-DD' : String(p.format) } };
    case 'pattern':
      return { range: rangeIn(file, path), message: M.pattern, params: { value: show(value) } };
    case 'minimum':
    case 'exclusiveMinimum':
      return { range: rangeIn(file, path), message: M.minimum, params: { allowed: String(p.limit) } };
    case 'maximum':
    case 'exclusiveMaximum':
      return { range: rangeIn(file, path), message: M.maximum, params: { allowed: String(p.limit) } };
    default:
      return { range: rangeIn(file, path), message: M.other, params: { detail: err.message ?? err.keyword } };
  }
}

// Hedges writers put around an amount (约200万, 200万左右): the number to suggest is the one they hedge.
const HEDGE = /^(?:约|大约|大概|预计|about|approx\.?|around|~|～|≈)\s*|\s*(?:左右|上下)$/gi;

/** The number a text written where a number belongs reads as (`约200万` → 2000000), if it reads as one. */
function amountIn(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const parsed = parseAmount(value.trim().replace(HEDGE, ''));
  return parsed.ok ? parsed.value : undefined;
}

function allowedKeys(err: ErrorObject): string[] {
  const props = (err.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props) : [];
}

/** JSON Pointer → YAML path, with array indexes as numbers. */
function toPath(pointer: string, data: unknown): YamlPath {
  const out: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const isIndex = Array.isArray(node) && /^\d+$/.test(seg);
    out.push(isIndex ? Number(seg) : seg);
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  }
  return out;
}

function valueAt(data: unknown, path: YamlPath): unknown {
  let node = data;
  for (const seg of path) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
  return node;
}

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}
