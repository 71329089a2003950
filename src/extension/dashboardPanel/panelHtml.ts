import { dashboardCsp } from '../dashboard/dashboardHtml';

/** What the editor-area dashboard page needs from the host: webview-safe URIs and the CSP source. */
export interface PanelPage {
  cspSource: string;
  scriptUri: string;
  /** The sidebar's stylesheet (chips, pipeline, pitfalls) then the panel's layout. */
  styleUris: string[];
  nonce: string;
  lang: string;
}

/**
 * The editor-area dashboard's HTML shell: the sidebar's CSP (nothing but our nonce'd script and our styles),
 * no data and no inline script or style. The bundle renders everything after the host answers `ready`.
 */
export function panelHtml(p: PanelPage): string {
  const a = escapeAttr;
  return `<!DOCTYPE html>
<html lang="${a(p.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${a(dashboardCsp(p.cspSource, p.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${p.styleUris.map((u) => `<link rel="stylesheet" href="${a(u)}">`).join('\n')}
</head>
<body class="dashboard-panel">
<main id="root"></main>
<script nonce="${a(p.nonce)}" src="${a(p.scriptUri)}"></script>
</body>
</html>`;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
