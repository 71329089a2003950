import type { Localized } from '../core';

/** Display language of the UI (VS Code's UI language, not the engagement's). */
export type DisplayLanguage = 'zh-CN' | 'en';

/** zh-CN for any Chinese VS Code display language (`zh-cn`, `zh-tw`, …), else English. */
export function displayLanguageOf(vscodeLanguage: string): DisplayLanguage {
  return vscodeLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Picks the display-language side of a localized text. */
export function pick(text: Localized, lang: DisplayLanguage): string {
  return text[lang] || text.en;
}
