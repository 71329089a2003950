import type { DashboardStringKey, WebviewMessage } from '../protocol';

/** What every render function needs: the document, the host's strings and a way to talk to the host. */
export interface RenderContext {
  doc: Document;
  /** A UI string (the key itself when the host sent none, so gaps are visible, never blank). */
  s(key: DashboardStringKey): string;
  post(msg: WebviewMessage): void;
  /** BCP 47 tag for number formatting. */
  locale: string;
}

/** Builds the `s` lookup over the strings of a snapshot. */
export function stringLookup(strings: Partial<Record<string, string>>): (key: DashboardStringKey) => string {
  return (key) => strings[key] ?? key;
}
