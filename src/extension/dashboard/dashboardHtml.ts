import { escapeAttr, htmlShell } from '../../html/htmlShell';

/** A fresh nonce per page load: 16 random bytes as hex (Web Crypto, present in Node ≥ 20 and browsers). */
export function makeNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The Content-Security-Policy of the dashboard: nothing but our own script (by nonce), styles, fonts and images. */
export function dashboardCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource} data:`,
  ].join('; ');
}

/** One webview page's shell: our stylesheets in order, our nonce'd script, an optional class on `<body>`. */
export interface PageShell {
  cspSource: string;
  scriptUri: string;
  styleUris: string[];
  nonce: string;
  /** BCP 47 tag for `<html lang>`. */
  lang: string;
  bodyClass?: string;
}

/**
 * The HTML shell every webview page of the extension uses (sidebar, dashboard panel, matrix, portfolio): the
 * dashboard CSP, no data and no inline script or style (the bundle renders everything after the host answers
 * `ready`). Attribute values are escaped although they come from VS Code.
 */
export function pageShell(p: PageShell): string {
  return htmlShell({
    lang: p.lang,
    csp: dashboardCsp(p.cspSource, p.nonce),
    head: p.styleUris.map((u) => `<link rel="stylesheet" href="${escapeAttr(u)}">`),
    bodyClass: p.bodyClass,
    body: ['<main id="root"></main>', `<script nonce="${escapeAttr(p.nonce)}" src="${escapeAttr(p.scriptUri)}"></script>`],
  });
}
