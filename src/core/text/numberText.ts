/** Numbers as tenders write them: `1,000`, `1.5`, `三`, `二十五`, `两`, `three`. */

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** English number words a requirement may spell out (one to twenty, then tens). */
export const EN_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, sixty: 60, ninety: 90, hundred: 100,
};

/**
 * A regex source matching one number: Arabic (with thousands commas and decimals), Chinese numerals, or an
 * English word. It only starts where no digit or numeral precedes, so a long run of digits is read once
 * (linear), not once per position (quadratic).
 */
export const NUMBER_SOURCE = `(?<![\\d零〇一二两三四五六七八九十百千])(?<!\\d[.,])(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+|\\b(?:${Object.keys(EN_WORDS).join('|')})\\b)`;

/** The value of a numeral matched by `NUMBER_SOURCE`, or undefined when it is not a well-formed number. */
export function numberValue(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^[\d,.]+$/.test(t)) {
    const n = Number(t.replace(/,/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  if (t in EN_WORDS) return EN_WORDS[t];
  return chineseValue(t);
}

/** 三 → 3, 十二 → 12, 二十五 → 25, 一百二十 → 120; anything odd (十十, 三三) → undefined. */
function chineseValue(t: string): number | undefined {
  if (t === '') return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const ch of t) {
    if (ch in CN_DIGITS) {
      if (digit !== undefined) return undefined;
      digit = CN_DIGITS[ch];
    } else if (ch in CN_UNITS) {
      const unit = CN_UNITS[ch];
      if (unit >= lastUnit) return undefined;
      total += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
    } else return undefined;
  }
  return total + (digit ?? 0);
}
