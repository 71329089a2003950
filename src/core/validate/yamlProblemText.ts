import type { YamlProblem } from '../parse/yamlSource';
import type { Localized } from '../types';

const t = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

/** What each parser error means, in the writer's words (the parser's own English is never shown). */
const BY_CODE: Record<string, Localized> = {
  MULTILINE_IMPLICIT_KEY: t('a line is neither `key: value` nor a list item `- …` (is a `:` missing?)', '此行既不是“键: 值”，也不是列表项“- …”（是否缺少半角冒号 `:`？）'),
  MISSING_CHAR: t('a key has no value: write `key: value` with a half-width colon and a space, or close the open quote or bracket', '键后缺少值：请写成“键: 值”（半角冒号加空格），或补上未闭合的引号、括号'),
  BAD_INDENT: t('the indentation is inconsistent, or a `[` / `{` is not closed', '缩进不一致，或 `[`、`{` 没有闭合'),
  TAB_AS_INDENT: t('a tab is used for indentation; YAML indents with spaces', '使用了 Tab 缩进；YAML 只能用空格缩进'),
  DUPLICATE_KEY: t('this key appears twice in the same map; keep one', '同一层级中此键重复出现；请只保留一个'),
  UNEXPECTED_TOKEN: t('unexpected text here; check the indentation and the `-` of list items', '此处出现意外内容；请检查缩进和列表项的“-”'),
  BAD_SCALAR_START: t('a value starts with a character YAML reserves (such as `@`, `` ` `` or `%`); put the value in quotes', '值以 YAML 保留字符（如 `@`、`` ` ``、`%`）开头；请给值加上引号'),
  BLOCK_AS_IMPLICIT_KEY: t('a list or map is used as a key; check the indentation', '列表或映射被当成了键；请检查缩进'),
  BLOCK_IN_FLOW: t('a block list or map inside `[…]` / `{…}`; write it on one line or without brackets', '在 `[…]`、`{…}` 中使用了块状列表或映射；请写在一行内，或去掉括号'),
  BAD_DQ_ESCAPE: t('an invalid `\\` escape inside double quotes; use single quotes or `\\\\`', '双引号中的 `\\` 转义无效；请改用单引号或写成 `\\\\`'),
  MULTIPLE_DOCS: t('the file holds more than one document (`---`); keep one', '文件中有多个文档（`---`）；请只保留一个'),
  BAD_ALIAS: t('an alias `*name` names no anchor', '别名 `*name` 找不到对应的锚点'),
  KEY_OVER_1024_CHARS: t('a key longer than 1024 characters; shorten it or write it as a value', '键超过 1024 个字符；请缩短，或改写为值'),
  NON_STRING_KEY: t('a key is a list or map; keys are plain names', '键是列表或映射；键只能是普通名称'),
  MULTIPLE_ANCHORS: t('a node has two anchors `&`; keep one', '同一节点有两个锚点 `&`；请只保留一个'),
  MULTIPLE_TAGS: t('a node has two tags `!`; keep one', '同一节点有两个标签 `!`；请只保留一个'),
  BAD_PROP_ORDER: t('an anchor or tag is out of place; put `&name` / `!tag` right before the value', '锚点或标签位置不对；请把 `&名称`、`!标签` 紧写在值前'),
  ALIAS_PROPS: t('an alias `*name` cannot carry an anchor or tag', '别名 `*name` 不能再带锚点或标签'),
  BAD_DIRECTIVE: t('a `%` directive line YAML does not know; remove it', 'YAML 不认识的 `%` 指令行；请删除'),
  NESTING_TOO_DEEP: t('nesting is too deep; the document was not parsed', '嵌套层级过深，未解析该文档'),
  PARSE_FAILURE: t('the document could not be parsed (too many aliases, or too deep)', '无法解析该文档（别名过多或嵌套过深）'),
  RESOURCE_EXHAUSTION: t('the document expands too far (aliases); it was not parsed', '文档展开过大（别名过多），未解析'),
};
const OTHER: Localized = t('the YAML cannot be parsed here ({code})', '此处无法解析（{code}）');
/** An unknown tag is valid YAML that we ignore, not a syntax error: say so, name it, and say that nothing runs. */
const UNSUPPORTED_TAG: Localized = t(
  'The YAML tag `{tag}` is not supported: it is ignored and the value is read as plain text (nothing runs). Remove the tag.',
  '不支持 YAML 标签 `{tag}`：该标签被忽略，值按普通文本读取（不会执行任何内容）。请删除该标签。',
);
/** Tags longer than this are shown cut (a tag is one token, but a hostile file can make it any length). */
const TAG_SHOWN = 60;

const MESSAGE: Localized = t('YAML syntax: {detail}.', 'YAML 语法错误：{detail}。');
const FULL_WIDTH: Localized = t(
  'YAML syntax: the full-width {char} ({name}) cannot separate YAML; use the half-width `{ascii}`{space}.',
  'YAML 语法错误：此处用了全角{name}“{char}”，YAML 需要半角的 `{ascii}`{space}。',
);
const NAMES = {
  '：': { ascii: ':', en: 'colon', 'zh-CN': '冒号', space: t(' followed by a space', '（其后加一个空格）') },
  '，': { ascii: ',', en: 'comma', 'zh-CN': '逗号', space: t('', '') },
} as const;

/** A syntax problem as the writer should read it: a message in both languages and where to point. */
export interface ProblemText {
  message: Localized;
  params: Record<string, unknown>;
  /** Offsets to point at: the full-width character when it is the cause, else the parser's span. */
  start: number;
  end: number;
}

/**
 * Explains a parser problem without the parser's English. When the lines of the problem hold a full-width
 * colon or comma (：，) outside quotes — the usual cause in Chinese files — says so and points at it.
 */
export function describeYamlProblem(p: YamlProblem, text: string): ProblemText {
  const char = fullWidthCause(text, p.start, p.end);
  if (char) {
    const n = NAMES[text[char] as keyof typeof NAMES];
    const lang = { en: n.en, 'zh-CN': n['zh-CN'] };
    return {
      message: { en: FULL_WIDTH.en.replace('{name}', lang.en).replace('{space}', n.space.en), 'zh-CN': FULL_WIDTH['zh-CN'].replace('{name}', lang['zh-CN']).replace('{space}', n.space['zh-CN']) },
      params: { char: text[char], ascii: n.ascii },
      start: char,
      end: char + 1,
    };
  }
  if (p.code === 'TAG_RESOLVE_FAILED') {
    const tag = text.slice(p.start, p.end).replace(/\s[\s\S]*$/, '');
    return { message: UNSUPPORTED_TAG, params: { tag: tag.length > TAG_SHOWN ? `${tag.slice(0, TAG_SHOWN)}…` : tag }, start: p.start, end: p.start + tag.length };
  }
  const detail = BY_CODE[p.code] ?? OTHER;
  return {
    message: { en: MESSAGE.en.replace('{detail}', detail.en), 'zh-CN': MESSAGE['zh-CN'].replace('{detail}', detail['zh-CN']) },
    params: { code: p.code },
    start: p.start,
    end: p.end,
  };
}

/** Offset of the first ： or ， on the lines the problem spans (outside quotes and comments), if any. */
function fullWidthCause(text: string, start: number, end: number): number | undefined {
  const from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  let to = text.indexOf('\n', Math.max(start, end - 1));
  if (to < 0) to = text.length;
  // A problem spanning many lines is not about one character; look at most at its first few lines.
  to = Math.min(to, from + 2048);
  let quote: string | undefined;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') quote = undefined;
    else if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === from || /\s/.test(text[i - 1]))) {
      const nl = text.indexOf('\n', i);
      if (nl < 0 || nl >= to) return undefined;
      i = nl;
    } else if (c === '：' || c === '，') return i;
  }
  return undefined;
}

const IN_FLOW: Localized = t(
  'The full-width {name} in “{item}” is not a YAML separator, so this is one item, not several. Use the half-width `{ascii}`{space} if they are separate.',
  '“{item}”中的全角{name}不是 YAML 分隔符，因此这是一项而不是多项。若要分成多项，请改用半角 `{ascii}`{space}。',
);

/** A full-width separator inside a flow collection (`[吴磊，郑佳]`, `{a：1}`): valid YAML that means something else. */
export interface FlowFullWidth {
  /** Offset of the character in the text given. */
  offset: number;
  message: Localized;
  params: Record<string, unknown>;
}

/**
 * Plain items of `[…]` lists that hold a full-width comma, and plain keys of `{…}` maps that hold a
 * full-width colon: the parser accepts them as one string, which is almost never what a writer meant.
 * `items` are the plain scalars of flow collections with their offsets in `text`; linear in their length.
 */
export function fullWidthInFlow(text: string, items: readonly { start: number; end: number; inMap: boolean }[]): FlowFullWidth[] {
  const out: FlowFullWidth[] = [];
  for (const it of items) {
    const src = text.slice(it.start, it.end);
    const char = it.inMap ? '：' : '，';
    const at = src.indexOf(char);
    if (at < 0) continue;
    const n = NAMES[char];
    out.push({
      offset: it.start + at,
      message: { en: IN_FLOW.en.replace('{name}', n.en).replace('{space}', n.space.en), 'zh-CN': IN_FLOW['zh-CN'].replace('{name}', n['zh-CN']).replace('{space}', n.space['zh-CN']) },
      params: { item: src, ascii: n.ascii },
    });
  }
  return out;
}
