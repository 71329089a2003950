/**
 * The units a requirement's bound may carry, grouped into families. Two quantities compare only within one
 * family (seconds with minutes, 元 with 万元); across families — days against working days, 家 against 套 —
 * nothing is said, because guessing would raise false alarms.
 */
export interface UnitSpec {
  /** Family: quantities of one family are comparable. */
  family: string;
  /** Multiplier to the family's base unit. */
  factor: number;
  /** How it is written (longest spellings are tried first). */
  spellings: string[];
}

const u = (family: string, factor: number, ...spellings: string[]): UnitSpec => ({ family, factor, spellings });

/** Every unit recognised, zh-CN and English. */
export const UNITS: readonly UnitSpec[] = [
  u('workday', 1, '个工作日', '工作日', 'working days', 'working day', 'business days', 'business day'),
  u('day', 1, '个日历日', '日历日', '个自然日', '自然日', '天', '日', 'calendar days', 'calendar day', 'days', 'day'),
  u('day', 7, '个星期', '星期', '周', 'weeks', 'week'),
  u('month', 1, '个月', '月', 'months', 'month'),
  u('month', 12, '年', 'years', 'year'),
  u('duration', 0.001, '毫秒', 'milliseconds', 'ms'),
  u('duration', 1, '秒钟', '秒', 'seconds', 'second', 'secs', 'sec', 's'),
  u('duration', 60, '分钟', 'minutes', 'minute', 'mins', 'min'),
  u('duration', 3600, '个小时', '小时', 'hours', 'hour', 'hrs', 'hr', 'h'),
  u('percent', 1, '%', '％', 'percent'),
  u('tps', 1, 'TPS'),
  u('qps', 1, 'QPS'),
  u('money', 1, '元', 'yuan', 'RMB', 'CNY'),
  u('money', 10_000, '万元', '万'),
  u('money', 100_000_000, '亿元'),
  u('site', 1, '家', 'reference sites', 'reference site', 'references', 'reference', 'sites', 'site', 'customers', 'hospitals', 'clients'),
  u('piece', 1, '个', 'cases', 'case', 'projects', 'project'),
  u('set', 1, '套', 'sets', 'set'),
  u('device', 1, '台', 'units', 'devices'),
  u('item', 1, '项', 'items'),
  u('person-day', 1, '人天', '人日', 'person-days', 'man-days'),
  u('person', 1, '人', '名', '位', 'people', 'persons', 'engineers'),
  u('storage', 1, 'GB'),
  u('storage', 1024, 'TB'),
  u('storage', 1024 * 1024, 'PB'),
];

interface Spelling {
  text: string;
  spec: UnitSpec;
}

/** Spellings longest first, so 个工作日 wins over 个 and `sites` over `s`. */
const SPELLINGS: Spelling[] = UNITS.flatMap((spec) => spec.spellings.map((text) => ({ text, spec }))).sort((a, b) => b.text.length - a.text.length);
const BY_TEXT = new Map(SPELLINGS.map((s) => [s.text.toLowerCase(), s.spec]));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex source matching one unit; a Latin spelling must not run on into a longer word (`s` is not `sites`). */
export const UNIT_SOURCE = `(?:${SPELLINGS.map((s) => (/^[A-Za-z]/.test(s.text) ? `${escape(s.text)}(?![A-Za-z])` : escape(s.text))).join('|')})`;

/** The unit written as `text` (case-insensitive), or undefined. */
export function unitOf(text: string): UnitSpec | undefined {
  return BY_TEXT.get(text.toLowerCase());
}
