import { formatMessage, type Language, type Localized } from '../core';

const TEXT = {
  nothing: { en: '{folder} has nothing to export as {what}', 'zh-CN': '{folder} 中没有可导出为 {what} 的内容' },
  outside: { en: 'refusing to write outside the engagement and the current folder: {target}', 'zh-CN': '拒绝写入：{target} 不在本项目文件夹或当前文件夹内' },
  linkLeaves: { en: 'refusing to write through a link that leaves the engagement: {target}', 'zh-CN': '拒绝写入：{target} 经由链接通往项目文件夹之外' },
  link: { en: 'refusing to write through a link: {target}', 'zh-CN': '拒绝写入：{target} 是一个链接' },
  exists: { en: '{target} exists; pass --force to replace it', 'zh-CN': '{target} 已存在；如需替换，请加上 --force' },
} satisfies Record<string, Localized>;

/** What `presales export` refused, in the engagement's language (the `--what` word and paths stay as typed). */
export type ExportRefusal = keyof typeof TEXT;

/** One refusal or "nothing to export" line of `presales export` in `lang`, its `{placeholders}` filled. */
export function exportRefusalText(key: ExportRefusal, lang: Language, params: Record<string, string>): string {
  return formatMessage(TEXT[key], lang, params);
}
