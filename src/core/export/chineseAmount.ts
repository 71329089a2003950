const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SECTION_UNITS = ['仟', '佰', '拾', ''];
/** Above this many fen the number is no longer an exact integer in a double. */
const MAX_FEN = Number.MAX_SAFE_INTEGER;

/**
 * An amount in Chinese capital numerals (大写金额) as written on bid forms and cheques:
 * 1234500.5 → 壹佰贰拾叁万肆仟伍佰元伍角; 10 → 壹拾元整; 0.05 → 伍分; 100000001 → 壹亿零壹元整.
 * Rounds to the fen (分). Follows the 支付结算办法 conventions: 整 after 元 (not after 角 or 分), one 零 for
 * a run of zeros inside the number, 零 before 分 when there are no 角, no leading 零元 for amounts below one 元.
 * Negative amounts get 负. Throws a RangeError for NaN, infinities and amounts too large to be exact.
 */
export function toChineseCapitalAmount(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`not a finite amount: ${amount}`);
  const fenTotal = toFen(Math.abs(amount));
  if (fenTotal > MAX_FEN) throw new RangeError(`amount too large to write exactly: ${amount}`);
  const sign = amount < 0 && fenTotal > 0 ? '负' : '';
  const yuan = Math.floor(fenTotal / 100);
  const jiao = Math.floor(fenTotal / 10) % 10;
  const fen = fenTotal % 10;
  if (fenTotal === 0) return '零元整';
  let out = yuan > 0 ? `${integerCapitals(yuan)}元` : '';
  if (jiao === 0 && fen === 0) return `${sign}${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  if (fen > 0) out += `${DIGITS[fen]}分`;
  return sign + out;
}

/** Rounds to whole fen from the decimal text of the number (1.005 is 101 fen, as written, not 100). */
function toFen(abs: number): number {
  const s = String(abs);
  return s.includes('e') ? Math.round(abs * 100) : Math.round(Number(`${s}e2`));
}

/** A positive integer in capitals, grouped by 亿 and 万 (so 10^12 is 壹万亿). */
function integerCapitals(n: number): string {
  if (n >= 1e8) return joinGroups(integerCapitals(Math.floor(n / 1e8)), '亿', n % 1e8, 1e7);
  if (n >= 1e4) return joinGroups(section(Math.floor(n / 1e4)), '万', n % 1e4, 1e3);
  return section(n);
}

/** `high` + unit, then the low part with one 零 when its leading digit is a zero. */
function joinGroups(high: string, unit: string, low: number, lowLead: number): string {
  if (low === 0) return high + unit;
  return high + unit + (low < lowLead ? '零' : '') + integerCapitals(low);
}

/** 1..9999 with 仟佰拾; inner zero runs become one 零, trailing zeros vanish. */
function section(n: number): string {
  const digits = String(n).padStart(4, '0');
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    out += (zero ? '零' : '') + DIGITS[d] + SECTION_UNITS[i];
    zero = false;
  }
  return out;
}
