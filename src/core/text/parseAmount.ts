import type { Localized } from '../types';

/** Why a text is not an amount. */
export type AmountProblem = 'empty' | 'not-a-number' | 'negative' | 'too-large' | 'conflicting-currency';

/** An amount read from what a writer typed, or why it is not one. */
export type ParsedAmount = { ok: true; value: number; currency?: string } | { ok: false; reason: AmountProblem };

/** Each problem explained, with examples of what is understood. */
export const AMOUNT_PROBLEMS: Readonly<Record<AmountProblem, Localized>> = {
  empty: { en: 'Enter an amount, e.g. 1200000, 120万 or 1.2M.', 'zh-CN': '请输入金额，例如 1200000、120万 或 1.2M。' },
  'not-a-number': {
    en: 'Not an amount. Write digits with an optional unit: 1,200,000 · 120万 · 1.2亿 · 1.2M · 500k · ￥120万元.',
    'zh-CN': '无法识别为金额。请写数字，可带单位：1,200,000 · 120万 · 1.2亿 · 1.2M · 500k · ￥120万元。',
  },
  negative: { en: 'An amount cannot be negative.', 'zh-CN': '金额不能为负数。' },
  'too-large': { en: 'That amount is beyond 10^15; check the unit (万, 亿, k, M).', 'zh-CN': '金额超过 10^15，请检查单位（万、亿、k、M）。' },
  'conflicting-currency': { en: 'The amount names two different currencies.', 'zh-CN': '金额中出现了两种不同的币种。' },
};

// Powers of ten of the units writers use: 万 = 10^4, 亿 = 10^8, k = 10^3, M = 10^6, B = 10^9, w (万) = 10^4.
const UNIT_EXPONENT: Readonly<Record<string, number>> = {
  万亿: 12, 千万: 7, 百万: 6, 亿: 8, 万: 4, 千: 3, k: 3, m: 6, mn: 6, b: 9, bn: 9, w: 4,
};
const CURRENCY: Readonly<Record<string, string>> = {
  '¥': 'CNY', rmb: 'CNY', cny: 'CNY', 元: 'CNY', 人民币: 'CNY', 块: 'CNY', 人民币元: 'CNY',
  $: 'USD', usd: 'USD', 美元: 'USD', '€': 'EUR', eur: 'EUR', 欧元: 'EUR', '£': 'GBP', gbp: 'GBP', 英镑: 'GBP',
};
const PREFIX = '¥|\\$|€|£|rmb|cny|usd|eur|gbp';
const SUFFIX = '人民币元|人民币|元|块|美元|欧元|英镑|rmb|cny|usd|eur|gbp';
const NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+';
const UNIT = '万亿|千万|百万|亿|万|千|mn|bn|k|m|b|w';
const AMOUNT = new RegExp(`^(?:(${PREFIX})\\s*)?(-)?\\s*(${NUMBER})\\s*(${UNIT})?\\s*(${SUFFIX})?整?$`);
const MAX = 1e15;

/**
 * Reads an amount as presales writers type it: `1200000`, `1,200,000`, `120万`, `1.2亿`, `1.2M`, `500k`,
 * `120w`, `￥120万元`, `120万元整`, `RMB 1.2M`, full-width digits (`１２０万`), spaces between groups of three digits. Scaling is
 * done on the decimal digits (`1.2亿` is exactly 120000000, no float drift). Anything else is refused
 * with a reason (`AMOUNT_PROBLEMS` explains it in both languages); nothing is guessed.
 */
export function parseAmount(text: string): ParsedAmount {
  const s = text
    .normalize('NFKC') // full-width digits, ，．￥ → ASCII
    .trim()
    .toLowerCase()
    .replace(/(\d)[ _\u00a0\u202f](?=\d{3}(?!\d))/g, '$1'); // `1 200 000`: groups of three only
  if (s === '') return { ok: false, reason: 'empty' };
  const m = AMOUNT.exec(s);
  if (!m) return { ok: false, reason: 'not-a-number' };
  const [, pre, minus, num, unit, post] = m;
  const currencies = [pre, post].filter(Boolean).map((c) => CURRENCY[c]);
  if (currencies.length === 2 && currencies[0] !== currencies[1]) return { ok: false, reason: 'conflicting-currency' };
  const [whole, fraction = ''] = num.replace(/,/g, '').split('.');
  const exponent = (unit ? UNIT_EXPONENT[unit] : 0) - fraction.length;
  const value = Number(`${whole || '0'}${fraction}e${exponent}`);
  if (!Number.isFinite(value) || value > MAX) return { ok: false, reason: 'too-large' };
  if (minus && value !== 0) return { ok: false, reason: 'negative' };
  return currencies.length > 0 ? { ok: true, value, currency: currencies[0] } : { ok: true, value };
}
