/** What the dashboard page needs from the host: webview-safe URIs and the CSP source. */
export interface DashboardPage {
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  nonce: string;
  /** BCP 47 tag for `<html lang>`. */
  lang: string;
}

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
 * dashboard CSP, no data and no inline script or style. Attribute values are escaped although they come from VS Code.
 */
export function pageShell(p: PageShell): string {
  const a = escapeAttr;
  return `<!DOCTYPE html>
<html lang="${a(p.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${a(dashboardCsp(p.cspSource, p.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${p.styleUris.map((u) => `<link rel="stylesheet" href="${a(u)}">`).join('\n')}
</head>
<body${p.bodyClass === undefined ? '' : ` class="${a(p.bodyClass)}"`}>
<main id="root"></main>
<script nonce="${a(p.nonce)}" src="${a(p.scriptUri)}"></script>
</body>
</html>`;
}

/**
 * The dashboard's HTML shell. It holds no data and no inline script or style: the bundle renders everything
 * after the host answers `ready`.
 */
export function dashboardHtml(p: DashboardPage): string {
  const { styleUri, ...rest } = p;
  return pageShell({ ...rest, styleUris: [styleUri] });
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
