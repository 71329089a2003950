import { isFields, isText } from '../core';

/**
 * Text from engagement files (ids, names, messages quoting them, file names) reaches a terminal or a CI
 * log. Raw, a newline forges a report line or a GitHub Actions workflow command (`::error file=…::`), an
 * ESC sequence retitles or clears the terminal, and a bidi override reorders what the reader sees
 * (Trojan Source). Every text the CLI prints goes through here, as visible escapes.
 */

/** C0 controls but tab, DEL, C1 controls, line/paragraph separators, bidi marks, embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u001b': '\\e' };

/** One string made safe for a terminal: each unsafe character becomes a visible escape (`\n`, `\e`, `\u202e`). */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/**
 * Every string inside a value made terminal-safe (a status object before it is laid out as text), so an
 * escaped value can never break the layout into forged lines. The value is our own report object (a tree).
 */
export function terminalSafeDeep<T>(value: T): T {
  if (isText(value)) return terminalSafe(value) as T;
  if (Array.isArray(value)) return value.map((v) => terminalSafeDeep(v)) as T;
  if (isFields(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = terminalSafeDeep(v);
    return out as T;
  }
  return value;
}

/**
 * JSON for a terminal or a log: `JSON.stringify` already escapes C0 controls, but leaves C1 controls,
 * line separators and bidi characters raw; written as `\uXXXX` they stay the same JSON values.
 */
export function jsonSafe(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${hex(c, 4)}`);
}

function hex(c: string, width: number): string {
  return c.charCodeAt(0).toString(16).padStart(width, '0');
}
