import type { Language } from '../core';

const CODE_SPAN = /`([^`\n]+)`/g;

/**
 * A finding's message as the Problems view shows it: that view renders no Markdown, so a code span loses its
 * backticks and is quoted the way the message's language quotes — 「deviation: none」 in Chinese, ‘deviation:
 * none’ in English. The core message (and so the CLI) keeps its backticks.
 */
export function problemsMessage(message: string, language: Language): string {
  return message.replace(CODE_SPAN, (_, code: string) => (language === 'zh-CN' ? `「${code}」` : `‘${code}’`));
}
