import { formatAmount, formatMessage, type CurrencyAmount, type Language } from '../core';
import { countNoun } from './countNoun';
import { TEAM_TEXT as T } from './teamStrings';

/** An amount with its currency code when the report mixes currencies (one currency: the bare number, as before). */
export function money(amount: number, currency: string | null | undefined, mixed: boolean): string {
  return mixed && currency ? `${formatAmount(amount)} ${currency}` : formatAmount(amount);
}

/** `USD 1,140,000 (1 engagement)`, `EUR 900,000（2 个项目）`: amounts left out of a total, joined. */
export function leftOutList(excluded: readonly CurrencyAmount[], language: Language): string {
  return excluded
    .map((x) => language === 'zh-CN' ? `${x.currency} ${formatAmount(x.value)}（${x.engagements} 个项目）` : `${x.currency} ${formatAmount(x.value)} (${countNoun(x.engagements, 'engagement')})`)
    .join(language === 'zh-CN' ? '；' : '; ');
}

/** The line under a report whose totals leave amounts out; undefined when nothing is left out. */
export function currencyNote(currency: string | null, excluded: readonly CurrencyAmount[], language: Language): string | undefined {
  if (excluded.length === 0) return undefined;
  return formatMessage(T.currencyNote, language, { currency: currency ?? '—', list: leftOutList(excluded, language) });
}
