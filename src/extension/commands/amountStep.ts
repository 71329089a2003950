import * as vscode from 'vscode';
import { AMOUNT_PROBLEMS, parseAmount } from '../../core';
import { displayLanguageOf, pick } from '../displayLanguage';

/**
 * Why a typed amount is refused ("120万", "1.2亿", "1.2M", "500k" and "1,200,000" are understood), or
 * undefined. `currency` (the engagement's) refuses an amount written in another currency.
 */
export function amountProblem(text: string, currency?: string): string | undefined {
  const parsed = parseAmount(text);
  if (!parsed.ok) return pick(AMOUNT_PROBLEMS[parsed.reason], displayLanguageOf(vscode.env.language));
  if (currency && parsed.currency && parsed.currency !== currency) return vscode.l10n.t('This engagement counts in {0}; write the amount in {0}.', currency);
  return undefined;
}

/** The value of an amount `amountProblem` accepted. */
export function amountValue(text: string): number | undefined {
  const parsed = parseAmount(text);
  return parsed.ok ? parsed.value : undefined;
}

/** The prompt's reminder of the forms understood. */
export function amountHint(): string {
  return vscode.l10n.t('e.g. 1200000, 120万, 1.2亿, 1.2M, 500k');
}
