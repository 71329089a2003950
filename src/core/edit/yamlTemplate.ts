import { CST, Parser } from 'yaml';
import { yamlScalar } from './yamlScalar';

/** What a placeholder turns into: its value, and the one-line text used in comments. */
export interface Placeholder {
  /** The `{{name}}` text as the template wrote it (restored where no value may go, e.g. an anchor). */
  source: string;
  value: string | number;
  /** The value as one line of comment text. */
  prose: string;
}

// Private-use sentinels stand in for placeholders while the YAML is parsed: plain-safe, never in a template.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SENTINEL = /\uE000(\d+)\uE001/g;
const WHOLE = /^\uE000(\d+)\uE001$/;

/**
 * Fills placeholders in a YAML text in **one pass**, each as a YAML-escaped value of the scalar it sits in:
 * `key: {{x}}` or `"{{x}}"` become a scalar that reads back as exactly the value (a number stays a number);
 * `"Offer for {{x}}"` stays one quoted string with the value escaped inside; comments get the one-line
 * prose. Values are never scanned for placeholders again, and every byte outside them is the template's.
 * `find` maps a placeholder name to its filling, or undefined to leave the placeholder as written.
 */
export function renderYamlTemplate(text: string, find: (name: string) => Placeholder | undefined): string {
  if (text.includes(OPEN) || text.includes(CLOSE)) return text; // cannot happen in our templates; never guess
  const slots: Placeholder[] = [];
  const marked = text.replace(/\{\{(\w+)\}\}/g, (m, name: string) => {
    const p = find(name);
    if (!p) return m;
    slots.push(p);
    return `${OPEN}${slots.length - 1}${CLOSE}`;
  });
  if (slots.length === 0) return text;
  let out = '';
  for (const token of new Parser().parse(marked)) {
    fill(token, slots);
    out += CST.stringify(token);
  }
  return out;
}

type AnyToken = Record<string, unknown> & { type?: string; source?: string };

/** Walks the CST once (every scalar written is flow-safe, so `[…]`/`{…}` need no special case). */
function fill(node: unknown, slots: Placeholder[]): void {
  if (Array.isArray(node)) {
    for (const n of node) fill(n, slots);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const t = node as AnyToken;
  if (typeof t.source === 'string' && t.source.includes(OPEN)) {
    if (t.type === 'comment') t.source = t.source.replace(SENTINEL, (_m, i: string) => slots[Number(i)].prose);
    else if (t.type === 'scalar' || t.type === 'single-quoted-scalar' || t.type === 'double-quoted-scalar') fillFlowScalar(t, slots);
    else if (t.type === 'block-scalar') fillBlockScalar(t, slots);
    else t.source = t.source.replace(SENTINEL, (_m, i: string) => slots[Number(i)].source);
  }
  for (const [key, child] of Object.entries(t)) if (key !== 'source' && child && typeof child === 'object') fill(child, slots);
}

function fillFlowScalar(t: AnyToken, slots: Placeholder[]): void {
  const resolved = CST.resolveAsScalar(t as unknown as CST.FlowScalar).value;
  const whole = WHOLE.exec(resolved);
  if (whole) {
    t.source = yamlScalar(slots[Number(whole[1])].value);
    return;
  }
  const s = substitute(resolved, slots);
  if (t.type === 'scalar') t.source = yamlScalar(s);
  else if (t.type === 'single-quoted-scalar' && !/[\r\n]/.test(s)) t.source = `'${s.replace(/'/g, "''")}'`;
  else t.source = JSON.stringify(s); // JSON string escapes are YAML double-quoted escapes
}

/** A literal block keeps its lines: a value's line breaks continue at the indentation of its line. */
function fillBlockScalar(t: AnyToken, slots: Placeholder[]): void {
  const intended = substitute(CST.resolveAsScalar(t as unknown as CST.BlockScalar).value, slots);
  const source = t.source!;
  t.source = source.replace(SENTINEL, (_m, i: string, at: number) => {
    const indent = /^[ ]*/.exec(source.slice(source.lastIndexOf('\n', at) + 1))![0];
    return String(slots[Number(i)].value).replace(/\r\n?|\n/g, `\n${indent}`);
  });
  // Folded blocks, indentation indicators, trailing spaces: if the block cannot say it, a quoted string does.
  if (CST.resolveAsScalar(t as unknown as CST.BlockScalar).value !== intended) {
    CST.setScalarValue(t as unknown as CST.Token, intended, { type: 'QUOTE_DOUBLE' });
  }
}

function substitute(s: string, slots: Placeholder[]): string {
  return s.replace(SENTINEL, (_m, i: string) => String(slots[Number(i)].value));
}
