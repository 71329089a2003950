import { parse, stringify } from 'yaml';

// YAML 1.1 readers (older tools) would turn these into booleans or null: quote them for everyone.
const YAML11_WORDS = /^(y|n|yes|no|on|off|true|false|null|~)$/i;

/**
 * Writes a value as one YAML flow scalar (or a flow sequence of scalars) that reads back as exactly that
 * value: plain when that is safe, double-quoted otherwise. A customer named `a: b # c`, `"quoted"`, `yes`,
 * `123` or `- x` stays a string and cannot break the document or smuggle keys into it.
 */
export function yamlScalar(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlScalar).join(', ')}]`;
  // A small nested record (a requirement's `gap`) as one flow map: `{type: challenge, notes: "…"}`.
  if (isPlainRecord(value)) return `{${Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${yamlScalar(k)}: ${yamlScalar(v)}`).join(', ')}}`;
  if (value === null || value === undefined) return '""';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const s = String(value);
  const plain = stringify(s, { lineWidth: 0 }).replace(/\n$/, '');
  if (!YAML11_WORDS.test(plain) && !/[\r\n]/.test(plain) && !plain.startsWith('|') && !plain.startsWith('>') && readsBack(plain, s)) return plain;
  return JSON.stringify(s);
}

/** True when `text`, written as a map value and inside a flow sequence, parses back to `s`. */
function readsBack(text: string, s: string): boolean {
  try {
    return parse(`k: ${text}\n`)?.k === s && (parse(`k: [${text}]\n`)?.k as unknown[])?.[0] === s;
  } catch {
    return false;
  }
}

/** The data `yamlScalar(value)` reads back as (`null`/`undefined` are written as `""`, non-finite numbers as 0). */
export function writtenValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(writtenValue);
  if (isPlainRecord(value)) return writtenRecord(value);
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
  if (typeof value === 'boolean') return value;
  return String(value);
}

/** The data a written record (a map of scalars) reads back as; `undefined` fields are not written. */
export function writtenRecord(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined).map(([k, v]) => [k, writtenValue(v)]));
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
