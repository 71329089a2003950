// Types only: pinyin-pro (its dictionary is a fifth of the bundle) is imported by the first suggestId call.
import type { pinyin as Pinyin } from 'pinyin-pro';

// Two-character surnames (复姓) that are written as one word: 欧阳娜娜 → ouyang-nana.
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐', '钟离', '端木', '南宫', '西门', '独孤', '百里', '呼延', '申屠', '太史', '闻人', '赫连', '拓跋', '澹台', '万俟']);
const HAN = /\p{Script=Han}+/gu;
const MAX_LENGTH = 60;

/**
 * An id suggested for a person's name, for the writer to accept or edit: `Jane Doe` → `jane-doe`,
 * `José Álvarez` → `jose-alvarez`, and Chinese names in pinyin without tones as writers spell them by hand,
 * the surname apart from the rest: 黄院长 → `huang-yuanzhang`, 王芳 → `wang-fang`, 欧阳娜娜 → `ouyang-nana`,
 * 曾经理 → `zeng-jingli` (surname readings). Never collides with `taken` (`-2`, `-3`, …); a name with
 * nothing to spell gives `fallback`. Offline: the pinyin dictionary is bundled (`pinyin-pro`) and loaded by
 * the first call, not at activation (asynchronous for that reason).
 */
export async function suggestId(name: string, taken: Iterable<string> = [], fallback = 'person'): Promise<string> {
  const text = name.normalize('NFKC').slice(0, 200);
  const { pinyin } = await import('pinyin-pro');
  const parts: string[] = [];
  let last = 0;
  let first = true;
  for (const m of text.matchAll(HAN)) {
    parts.push(latinSlug(text.slice(last, m.index)));
    parts.push(hanSlug(pinyin, m[0], first && latinSlug(text.slice(0, m.index)) === ''));
    first = false;
    last = m.index + m[0].length;
  }
  parts.push(latinSlug(text.slice(last)));
  const slug = parts.filter(Boolean).join('-').slice(0, MAX_LENGTH).replace(/-+$/, '');
  return unique(slug || fallback, new Set(taken));
}

/** ASCII letters and digits of a non-Chinese run, lower case, accents dropped, the rest as `-`. */
function latinSlug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A run of Chinese characters in pinyin; a name's leading run reads its surname as a surname. */
function hanSlug(pinyin: typeof Pinyin, run: string, isName: boolean): string {
  const syllables = (s: string, surname: boolean) =>
    pinyin(s, { toneType: 'none', type: 'array', v: true, ...(surname ? { surname: 'head' as const } : {}) }).map((p) => p.toLowerCase().replace(/[^a-z]/g, ''));
  if (!isName || run.length < 2) return syllables(run, isName).join('');
  const cut = run.length > 2 && COMPOUND_SURNAMES.has(run.slice(0, 2)) ? 2 : 1;
  return `${syllables(run.slice(0, cut), true).join('')}-${syllables(run.slice(cut), false).join('')}`;
}

function unique(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
