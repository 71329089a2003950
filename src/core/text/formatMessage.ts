import type { Language, Localized } from '../types';

/** Fills `{name}` placeholders of a localized message in the given language. */
export function formatMessage(msg: Localized, lang: Language, params: Record<string, unknown> = {}): string {
  return msg[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
