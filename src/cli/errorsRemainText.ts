import { type ErrorTally, formatMessage, type Language, type Localized } from '../core';

const ONE: Localized = {
  en: '1 error remains in this engagement ({codes}) — run presales check and fix it before handing the document over.',
  'zh-CN': '本项目仍有 1 个错误（{codes}），请运行 presales check 逐条修正后再交付此文档。',
};
const MANY: Localized = {
  en: '{count} errors remain in this engagement ({codes}) — run presales check and fix them before handing the document over.',
  'zh-CN': '本项目仍有 {count} 个错误（{codes}），请运行 presales check 逐条修正后再交付此文档。',
};

/**
 * The line `presales export` writes to stderr after a document whose engagement still has errors (the file is
 * written; exit 0), in the engagement's language; undefined when no error remains.
 */
export function errorsRemainText(tally: ErrorTally, lang: Language): string | undefined {
  if (tally.count === 0) return undefined;
  const codes = lang === 'zh-CN' ? tally.codes.join('、') + (tally.more ? ' 等' : '') : tally.codes.join(', ') + (tally.more ? ', …' : '');
  return formatMessage(tally.count === 1 ? ONE : MANY, lang, { count: tally.count, codes });
}
