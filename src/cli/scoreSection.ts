import { type EngagementStatus, formatAmount, formatMessage, type Language, type Localized } from '../core';
import { section, WIDTH } from './statusLayout';
import { wrap } from './textWrap';

const t = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });
const STRINGS = {
  title: t('Score estimate', '评分测算'),
  total: t('expected {total} of {max} points', '预计得分 {total} / {max}'),
  item: t('{item} {expected}/{points}', '{item} {expected}/{points}'),
  lost: t(' (−{lost})', '（失 {lost}）'),
  assumed: t(' (assumed)', '（假设）'),
  voided: t(' — BID VOID', ' — 投标无效'),
  weak: t('Weak spots, most points to win back first:', '薄弱项（按可挽回分值排序）：'),
  weakItem: t('{n}. {item} (−{lost}): {how}', '{n}. {item}（失 {lost} 分）：{how}'),
  noWay: t('scored by the evaluators: strengthen that part of the bid', '评委打分项：充实标书中的对应内容'),
  scenarios: t('Price scenarios (one competitor’s price as the benchmark):', '价格情景（以单个竞争对手报价为评标基准价）：'),
  scenario: t('{name} {price}: price points {points}, total {total}', '{name} {price}：价格分 {points}，总分 {total}'),
  invalid: t(' (above the limit: void, no benchmark)', '（超过限价，投标无效，不作基准）'),
} satisfies Record<string, Localized>;

const say = (lang: Language, key: keyof typeof STRINGS, params?: Record<string, unknown>) => formatMessage(STRINGS[key], lang, params);
const n = (x: number) => formatAmount(x);

/** The 评分测算 / Score estimate block: per item, the total, weak spots by points recoverable, price scenarios, formula. */
export function scoreSection(s: EngagementStatus, lang: Language): string[] {
  const score = s.score;
  if (!score) return [];
  const body: string[] = [say(lang, 'total', { total: n(score.total), max: n(score.max) })];
  for (const i of score.items) {
    const head = say(lang, 'item', { item: i.item, expected: n(i.expected), points: n(i.points) });
    const tail = `${i.lost > 0 ? say(lang, 'lost', { lost: n(i.lost) }) : ''}${i.assumed ? say(lang, 'assumed') : ''}${i.void ? say(lang, 'voided') : ''}`;
    body.push(`- ${head}${tail}${lang === 'zh-CN' ? '：' : ': '}${i.why}`);
  }
  const out = section(say(lang, 'title'), body);
  const weak = score.weakSpots.map((name) => score.items.find((i) => i.item === name)!).filter(Boolean);
  if (weak.length > 0) {
    out.push(...wrap(say(lang, 'weak'), WIDTH, '  '));
    weak.forEach((i, k) => out.push(...wrap(say(lang, 'weakItem', { n: k + 1, item: i.item, lost: n(i.lost), how: i.recover ?? say(lang, 'noWay') }), WIDTH, '    ', '       ')));
  }
  if (score.scenarios.length > 0) {
    out.push(...wrap(say(lang, 'scenarios'), WIDTH, '  '));
    for (const c of score.scenarios) {
      out.push(...wrap(`${say(lang, 'scenario', { name: c.name, price: n(c.price), points: n(c.price_points), total: n(c.total) })}${c.valid ? '' : say(lang, 'invalid')}`, WIDTH, '    - ', '      '));
    }
  }
  if (score.formula) out.push(...wrap(score.formula, WIDTH, '  ', '    '));
  return out;
}
