/**
 * Totals never add amounts of different currencies: each team view totals in the team's main currency and
 * lists the amounts in any other currency apart (docs/team.md "Currencies"). No conversion: no rates offline.
 */

/** Amounts in one currency other than the totals' own, left out of the totals. */
export interface CurrencyAmount {
  currency: string;
  /** Engagements whose amount is left out (each counted once). */
  engagements: number;
  value: number;
}

/**
 * The currency the totals are kept in: the one most of the counted engagements write their amounts in
 * (ties: alphabetical); undefined when none states a currency. Linear in the votes.
 */
export function mainCurrency(codes: Iterable<string | undefined>): string | undefined {
  const votes = new Map<string, number>();
  for (const c of codes) if (c !== undefined) votes.set(c, (votes.get(c) ?? 0) + 1);
  let best: string | undefined;
  for (const [c, n] of votes) {
    const b = best === undefined ? 0 : votes.get(best)!;
    if (n > b || (n === b && best !== undefined && c < best)) best = c;
  }
  return best;
}

/** True when an amount in `currency` belongs in totals kept in `main` (an unstated currency is taken as the team's). */
export function inMainCurrency(currency: string | undefined, main: string | undefined): boolean {
  return currency === undefined || main === undefined || currency === main;
}

/** Adds one engagement's amount to the left-out list (few currencies: a scan is enough); keeps the list sorted by currency. */
export function addLeftOut(list: CurrencyAmount[], currency: string, value: number): void {
  const c = list.find((x) => x.currency === currency);
  if (c) {
    c.engagements++;
    c.value = Math.round((c.value + value) * 100) / 100;
    return;
  }
  list.push({ currency, engagements: 1, value });
  list.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}
