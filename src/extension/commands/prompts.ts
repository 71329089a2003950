import * as vscode from 'vscode';
import { oneOf as oneOfList, isoDay } from '../../core';

/** A quick-pick row that carries its value. */
export interface Choice<T> extends vscode.QuickPickItem {
  value: T;
}

/** Asks for a line of text; `required` refuses an empty answer. Undefined when cancelled. */
export async function askText(title: string, options: { value?: string; required?: boolean; validate?: (v: string) => string | undefined } = {}): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({
    title,
    prompt: title,
    value: options.value,
    validateInput: (v) => (options.required && v.trim() === '' ? vscode.l10n.t('Please enter a value.') : options.validate?.(v.trim())),
  });
  return answer === undefined ? undefined : answer.trim();
}

/** Asks for an ISO date (empty allowed when not `required`). */
export function askDate(title: string, value: string | undefined, required: boolean): Promise<string | undefined> {
  return askText(title, { value, required, validate: (v) => (v === '' || isoDay(v) !== undefined ? undefined : vscode.l10n.t('Use the form YYYY-MM-DD, e.g. 2026-11-28.')) });
}

/** Lets the user pick one value. Undefined when cancelled. */
export async function pickOne<T>(title: string, choices: Choice<T>[]): Promise<T | undefined> {
  const picked = await vscode.window.showQuickPick(choices, { title, placeHolder: title });
  return picked?.value;
}

/** Lets the user pick several values (an empty pick is an answer). Undefined when cancelled. */
export async function pickMany<T>(title: string, choices: Choice<T>[]): Promise<T[] | undefined> {
  if (choices.length === 0) return [];
  const picked = (await vscode.window.showQuickPick(choices, { title, placeHolder: title, canPickMany: true })) as Choice<T>[] | undefined;
  return picked?.map((p) => p.value);
}

/** The value of an argument when it is one of `allowed` (the core's `oneOf`, argument first). */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return oneOfList(allowed, value);
}

/** Picks the display-language side of a zh-CN/en text (VS Code's UI language). */
export function displayText(text: { en: string; 'zh-CN': string }): string {
  return vscode.env.language.toLowerCase().startsWith('zh') ? text['zh-CN'] : text.en;
}
