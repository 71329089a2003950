/** Ways of writing a currency that mean the same one (人民币, RMB, 元, ¥ are all CNY). */
const ALIASES: Readonly<Record<string, string>> = {
  cny: 'CNY', rmb: 'CNY', '人民币': 'CNY', '人民币元': 'CNY', '元': 'CNY', '¥': 'CNY', '￥': 'CNY',
  usd: 'USD', 'us$': 'USD', $: 'USD', '美元': 'USD',
  eur: 'EUR', '€': 'EUR', '欧元': 'EUR',
  hkd: 'HKD', '港币': 'HKD', '港元': 'HKD',
  gbp: 'GBP', '£': 'GBP', '英镑': 'GBP',
  jpy: 'JPY', '日元': 'JPY',
};

/** A currency as one code (aliases folded, case ignored); undefined for blank. */
export function currencyCode(written: string | undefined): string | undefined {
  const t = written?.trim();
  if (!t) return undefined;
  return ALIASES[t.toLowerCase()] ?? t.toUpperCase();
}

/** True when two currencies can be compared: the same code, or one of them unstated. */
export function sameCurrency(a: string | undefined, b: string | undefined): boolean {
  const x = currencyCode(a);
  const y = currencyCode(b);
  return x === undefined || y === undefined || x === y;
}
