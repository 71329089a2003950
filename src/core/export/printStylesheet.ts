/**
 * The built-in print stylesheet of HTML exports: A4 with 20 mm margins, page numbers from the CSS `@page`
 * counters, a CJK font stack that works on Windows, macOS and Linux, and tables whose header row repeats on
 * every printed page. Everything is inline: an export loads nothing from the network.
 */
export const PRINT_STYLESHEET = `@page { size: A4; margin: 20mm 18mm 22mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; color: #555; } }
:root { color-scheme: light; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", serif; font-size: 11pt; line-height: 1.6; color: #111; background: #fff; margin: 0 auto; max-width: 180mm; padding: 12mm 0; }
h1, h2, h3, h4, h5, h6 { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Heiti SC", "WenQuanYi Micro Hei", sans-serif; line-height: 1.3; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 8mm; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0 0 6mm; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
table { width: 100%; border-collapse: collapse; margin: 3mm 0 5mm; font-size: 10pt; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #333; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
th { background: #eee; font-weight: bold; text-align: center; }
td.center { text-align: center; }
td.right { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 4mm 0; text-align: center; break-inside: avoid; }
figure img { max-width: 100%; }
figcaption { font-size: 9pt; color: #444; }
pre { white-space: pre-wrap; font-size: 9pt; background: #f6f6f6; padding: 2mm; border: 0.5pt solid #ccc; }
code { font-family: "Noto Sans Mono CJK SC", Consolas, "Courier New", monospace; }
.missing { color: #a00; font-style: italic; }
@media screen { body { padding: 12mm; } }
`;
