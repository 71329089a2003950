import { EN_WORDS, NUMBER_SOURCE, numberValue } from './numberText';
import { UNIT_SOURCE, unitOf, type UnitSpec } from './quantityUnits';

/** A number with its unit, as written in a text. */
export interface Quantity {
  value: number;
  unit: UnitSpec;
  /** The words as written (for messages), e.g. `2 家`. */
  text: string;
}

/** A requirement's bound: 不少于 3 家 is `min 3 家`, ≤ 180 天 is `max 180 天`; strict for 少于 / less than. */
export interface Bound extends Quantity {
  dir: 'min' | 'max';
  strict: boolean;
}

/** A stated number that falls on the wrong side of a requirement's bound. */
export interface BoundBreach {
  bound: Bound;
  found: Quantity;
}

const NEG = '(?:不得|不应|不能|不可|不宜|不会|不|未)';
// Prefix words, each with the bound it makes. Longest and negated forms come first in the alternation.
// Latin words must stand alone: `over` is not in `cover`.
const w = (...words: string[]) => words.map((x) => `\\b${x}\\b`).join('|');
// Prefix words, each with the bound it makes. Negated forms come first in the alternation.
const PREFIX: [string, Bound['dir'], boolean][] = [
  [`${NEG}(?:少于|低于|小于|短于)`, 'min', false],
  [`${NEG}(?:超过|高于|大于|多于|长于)`, 'max', false],
  [`(?:至少|最少|最低|起码|≥|>=|${w('at least', 'minimum of', 'minimum', 'no less than', 'not less than', 'no fewer than', 'not fewer than')}|\\bmin\\.)`, 'min', false],
  [`(?:最多|最长|最高|≤|<=|${w('at most', 'within', 'maximum of', 'maximum', 'no more than', 'not more than', 'not exceeding', 'not exceed', 'no longer than', 'up to')}|\\bmax\\.)`, 'max', false],
  [`(?:多于|大于|高于|超过|长于|>|${w('more than', 'greater than', 'longer than', 'exceeding', 'over', 'above')})`, 'min', true],
  [`(?:少于|小于|低于|短于|<|${w('less than', 'fewer than', 'shorter than', 'under', 'below')})`, 'max', true],
];
const POSTFIX: [string, Bound['dir']][] = [
  [`(?:[（(]含[)）])?\\s*(?:及以上|或以上|以上|${w('or more', 'or above', 'and above')})`, 'min'],
  [`(?:[（(]含[)）])?\\s*(?:及以内|以内|之内|以下|内|${w('or less', 'or fewer', 'and below')})`, 'max'],
];

const QTY = `(${NUMBER_SOURCE})\\s*(${UNIT_SOURCE})`;
const PREFIX_RE = new RegExp(`(${PREFIX.map((p) => p[0]).join('|')})[^\\d，。；,;:：\\n]{0,8}?${QTY}`, 'giu');
const POSTFIX_RE = new RegExp(`${QTY}\\s*(${POSTFIX.map((p) => p[0]).join('|')})`, 'giu');
const PREFIX_PARTS = PREFIX.map(([src, dir, strict]) => ({ re: new RegExp(`^${src}$`, 'iu'), dir, strict }));
const POSTFIX_PARTS = POSTFIX.map(([src, dir]) => ({ re: new RegExp(`^${src}$`, 'iu'), dir }));
const QTY_RE = new RegExp(QTY, 'giu');

// Calendar dates, ordinals and service windows carry units (年, 月, 日) that are not amounts: masked before reading numbers.
const NOT_AMOUNTS = [
  /(?<!\d)\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?/gu,
  /(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*[日号]/gu,
  /(?<!\d)\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?/gu,
  // Service windows (7×24 小时, 5x8 h, 24/7) say when, not how fast.
  /(?<!\d)\d+\s*[×xX*✕]\s*\d+(?:\s*(?:小时|hours?|h)(?![A-Za-z]))?/gu,
  /\b24\s*\/\s*7\b/gu,
  new RegExp(`第\\s*${NUMBER_SOURCE}\\s*${UNIT_SOURCE}`, 'giu'),
];

/** What every number `NUMBER_SOURCE` reads starts with: a text without one holds no quantity and no bound. */
const MAY_HOLD_NUMBER = new RegExp(`[\\d零〇一二两三四五六七八九十百千]|\\b(?:${Object.keys(EN_WORDS).join('|')})\\b`, 'iu');

/** NFKC (full-width digits and ％ become ASCII), then dates and ordinals blanked out. */
function prepare(text: string): string {
  let t = text.normalize('NFKC').replace(/\p{Cf}/gu, '');
  // Every pattern masked below holds a number: a text without one is left as it is (most requirement lines).
  if (!MAY_HOLD_NUMBER.test(t)) return t;
  for (const re of NOT_AMOUNTS) t = t.replace(re, (m) => ' '.repeat(m.length));
  return t;
}

/** `3 家`, `500 TPS`, `30%`, `三年`: a space after an Arabic or English number, except before %. */
function spaced(num: string, unit: string): boolean {
  return !/^[零〇一二两三四五六七八九十百千]+$/u.test(num) && !/^[%％]$/u.test(unit);
}

function quantity(num: string, unitText: string): Quantity | undefined {
  const value = numberValue(num);
  const unit = unitOf(unitText);
  if (value === undefined || !unit) return undefined;
  // A year written as 2027 年 is a date, never a duration.
  if (unit.family === 'month' && unit.factor === 12 && Number.isInteger(value) && value >= 1900 && value < 2200) return undefined;
  return { value, unit, text: `${num.trim()}${spaced(num.trim(), unitText) ? ' ' : ''}${unitText}` };
}

/**
 * Every match of a global regex, like `matchAll` but on the regex itself: `matchAll` clones its regex, and a
 * fresh clone runs in the regex interpreter until V8 compiles it again (tens of µs a call on these patterns).
 */
function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

interface Placed<T> {
  at: number;
  end: number;
  item: T;
}

/** Bounds with their place in an already prepared text. */
function placedBounds(t: string): Placed<Bound>[] {
  const out: Placed<Bound>[] = [];
  if (!MAY_HOLD_NUMBER.test(t)) return out;
  for (const m of matchesOf(PREFIX_RE, t)) {
    const part = PREFIX_PARTS.find((p) => p.re.test(m[1]));
    const q = part && quantity(m[2], m[3]);
    if (part && q) out.push({ at: m.index, end: m.index + m[0].length, item: { ...q, dir: part.dir, strict: part.strict } });
  }
  for (const m of matchesOf(POSTFIX_RE, t)) {
    const part = POSTFIX_PARTS.find((p) => p.re.test(m[3].trim()));
    const q = part && quantity(m[1], m[2]);
    // A number already bound by a prefix word (不少于 3 家以上) is not counted twice.
    if (part && q && !out.some((o) => o.item.text === q.text)) out.push({ at: m.index, end: m.index + m[0].length, item: { ...q, dir: part.dir, strict: false } });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Quantities with their place in an already prepared text. */
function placedQuantities(t: string): Placed<Quantity>[] {
  const out: Placed<Quantity>[] = [];
  if (!MAY_HOLD_NUMBER.test(t)) return out;
  for (const m of matchesOf(QTY_RE, t)) {
    const q = quantity(m[1], m[2]);
    if (q) out.push({ at: m.index, end: m.index + m[0].length, item: q });
  }
  return out;
}

/** Every bound a requirement states (不少于 3 家, ≤180 天, 3 小时内, at least 3 sites, within 1 hour). */
export function boundsIn(requirement: string): Bound[] {
  return placedBounds(prepare(requirement)).map((p) => p.item);
}

/** Every number with a unit in a text, in order (dates and ordinals excluded). */
export function quantitiesIn(text: string): Quantity[] {
  return placedQuantities(prepare(text)).map((p) => p.item);
}

/** True when `found` lies on the wrong side of `bound` (same unit family assumed). */
export function breaks(bound: Bound, found: Quantity): boolean {
  const a = found.value * found.unit.factor;
  const b = bound.value * bound.unit.factor;
  const eps = Math.abs(b) * 1e-9;
  if (bound.dir === 'min') return bound.strict ? a <= b + eps : a < b - eps;
  return bound.strict ? a >= b - eps : a > b + eps;
}

// Words that quote the tender's requirement inside a response (要求不少于 3 家，我方 2 家): the quote is not our answer.
// Not 须/应 alone: 响应 15 分钟 is our answer.
const QUOTES_REQUIREMENT = /(?:要求|规定|招标文件|采购文件|采购需求|\brequired?s?|\brequirement|\basks? for|\bcalls? for)\s*[:：]?\s*$/iu;
// Words after which a number is an extra beside the answer (30 天内交货，另提供 90 天试运行).
const ADDITION = /另外|另行|另有|另提供|另配|另|此外|额外|\badditionally\b|\bin addition\b|\bplus\b|\bextra\b/giu;
// Words before a number that make it the answer's total (1 年原厂质保 + 4 年代理商质保，合计 5 年).
const TOTAL_BEFORE = /(?:共计|合计|总计|累计|总共|共|\bin total\b|\ba total of\b|\btotal(?: of)?\b|\baltogether\b)\s*[:：]?\s*$/iu;

/**
 * The quantity of a bound's family that answers it, or undefined when the response does not say one clearly.
 * A quote of the requirement (要求不少于 3 家) is skipped; numbers after an addition word (另提供 90 天试运行)
 * are extras; a number after 共/合计/in total is the answer; otherwise numbers on both sides of the bound
 * (在线保存 3 年，归档保存 15 年) are ambiguous and nothing is said.
 */
function answerTo(bound: Bound, t: string, quantities: Placed<Quantity>[], restated: Placed<Bound>[], additions: number[]): Quantity | undefined {
  const size = (q: Quantity) => q.value * q.unit.factor;
  const quotes = restated.filter((r) => r.item.unit.family === bound.unit.family && r.item.dir === bound.dir && size(r.item) === size(bound)
    && QUOTES_REQUIREMENT.test(t.slice(Math.max(0, r.at - 12), r.at)));
  // Both lists are in text order: one walk drops the quantities inside a quote.
  let family: Placed<Quantity>[] = [];
  let r = 0;
  for (const q of quantities) {
    if (q.item.unit.family !== bound.unit.family) continue;
    while (r < quotes.length && quotes[r].end <= q.at) r++;
    if (r < quotes.length && q.at >= quotes[r].at) continue;
    // A bare quote of the requirement's number (要求 3 家，我方 2 家) is not our answer either.
    if (size(q.item) === size(bound) && QUOTES_REQUIREMENT.test(t.slice(Math.max(0, q.at - 12), q.at))) continue;
    family.push(q);
  }
  if (family.length === 0) return undefined;
  const total = family.filter((q) => TOTAL_BEFORE.test(t.slice(Math.max(0, q.at - 12), q.at)));
  if (total.length > 0) return total[total.length - 1].item;
  const addition = additions.find((at) => at > family[0].at);
  if (addition !== undefined) family = family.filter((q) => q.at < addition);
  const broken = family.filter((q) => breaks(bound, q.item));
  if (broken.length === 0 || broken.length < family.length) return broken.length === 0 ? family[0].item : undefined;
  return broken[0].item;
}

/**
 * Numbers in a response that break the requirement's bounds, per unit family (see `answerTo` for which number
 * answers). A family with two different bounds in one direction (不少于 3 家三甲、不少于 5 家二甲) is
 * ambiguous and skipped, as is every family the response does not mention.
 */
export function boundBreaches(requirement: string, response: string): BoundBreach[] {
  const bounds = boundsIn(requirement);
  if (bounds.length === 0) return [];
  const t = prepare(response);
  const quantities = placedQuantities(t);
  const restated = placedBounds(t);
  const additions = matchesOf(ADDITION, t).map((m) => m.index);
  const size = (q: Quantity) => q.value * q.unit.factor;
  const out: BoundBreach[] = [];
  for (const bound of bounds) {
    const rivals = bounds.filter((b) => b.unit.family === bound.unit.family && b.dir === bound.dir);
    if (rivals.some((b) => size(b) !== size(bound))) continue;
    const found = answerTo(bound, t, quantities, restated, additions);
    if (found && breaks(bound, found) && !out.some((o) => o.bound.dir === bound.dir && o.bound.unit.family === bound.unit.family)) out.push({ bound, found });
  }
  return out;
}
