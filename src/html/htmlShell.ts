/**
 * The skeleton of every HTML page we write (the extension's webview pages, `presales portfolio --format html`).
 * Imports nothing, so the CLI and the extension both use it; what a page may load is its own CSP's business.
 */

/** One page: its language, its Content-Security-Policy, the rest of `<head>` and the body. */
export interface HtmlShell {
  /** BCP 47 tag for `<html lang>`. */
  lang: string;
  /** The policy, set by `<meta http-equiv>` (a file or webview has no response headers). */
  csp: string;
  /** Markup lines after the fixed metas (stylesheets, title, style); values in them escaped by the caller. */
  head: string[];
  bodyClass?: string;
  /** Markup lines of `<body>`; values in them escaped by the caller. */
  body: string[];
}

/** Lays out a page: doctype, `<html lang>`, charset, CSP, viewport, then the caller's head and body lines. */
export function htmlShell(p: HtmlShell): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeAttr(p.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(p.csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...p.head,
    '</head>',
    p.bodyClass === undefined ? '<body>' : `<body class="${escapeAttr(p.bodyClass)}">`,
    ...p.body,
    '</body>',
    '</html>',
  ].join('\n');
}

/** A value inside a double-quoted attribute (`'` may stay: a CSP's `'none'` reads as written). */
export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
