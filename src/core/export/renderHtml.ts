import { bytesToBase64 } from './base64';
import type { Align, Block, Cell, ExportDocument, Inline } from './exportDocument';
import { exportLabels } from './exportLabels';
import { imageMime } from './imageInfo';
import { PRINT_STYLESHEET } from './printStylesheet';

/** What an HTML export needs besides the document. */
export interface HtmlOptions {
  /** The document timestamp (SOURCE_DATE_EPOCH when set): the only part of the output that may vary. */
  timestamp: Date;
  /** Image bytes by the path the document names; images are embedded as data URIs (one self-contained file). */
  images?: ReadonlyMap<string, Uint8Array>;
  /** A company stylesheet, inlined after the built-in one so it wins; `@import` and remote `url()` are removed. */
  css?: string;
}

/**
 * Renders the document as one self-contained HTML page for printing (A4, page numbers, repeated table
 * headers). Every text is escaped; nothing refers outside the file, so opening it never touches the network.
 */
export function renderHtml(doc: ExportDocument, options: HtmlOptions): string {
  const l = exportLabels(doc.language);
  const parts: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${doc.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="dcterms.created" content="${options.timestamp.toISOString()}">`,
    `<title>${esc(doc.title)}</title>`,
    `<style>\n${PRINT_STYLESHEET}${options.css ? `/* company stylesheet */\n${safeCss(options.css)}\n` : ''}</style>`,
    '</head>',
    '<body>',
    `<h1>${esc(doc.title)}</h1>`,
  ];
  if (doc.meta.length > 0) {
    parts.push(`<dl class="meta">${doc.meta.map((m) => `<dt>${esc(m.label)}</dt><dd>${esc(m.value)}</dd>`).join('')}</dl>`);
  }
  const ctx = { images: options.images ?? new Map<string, Uint8Array>(), missing: l.imageMissing };
  for (const b of doc.blocks) parts.push(block(b, ctx));
  parts.push('</body>', '</html>', '');
  return parts.join('\n');
}

interface Ctx {
  images: ReadonlyMap<string, Uint8Array>;
  missing: string;
}

function block(b: Block, ctx: Ctx): string {
  switch (b.type) {
    case 'heading': {
      // The document title is the only h1: a content h1 is shown as h2, deeper levels as written.
      const level = Math.max(2, b.level);
      return `<h${level}>${inlines(b.content)}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${inlines(b.content)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const start = b.start !== undefined ? ` start="${b.start}"` : '';
      return `<${tag}${start}>${b.items.map((item) => `<li>${item.map((x) => block(x, ctx)).join('')}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return table(b.header, b.rows, b.align ?? [], b.widths);
    case 'image': {
      const bytes = ctx.images.get(b.src);
      const mime = bytes && imageMime(bytes);
      if (!bytes || !mime) return `<p class="missing">[${esc(ctx.missing)}: ${esc(b.alt || b.src)}]</p>`;
      const caption = b.alt ? `<figcaption>${esc(b.alt)}</figcaption>` : '';
      return `<figure><img src="data:${mime};base64,${bytesToBase64(bytes)}" alt="${esc(b.alt)}">${caption}</figure>`;
    }
    case 'code':
      return `<pre><code>${esc(b.text)}</code></pre>`;
    case 'rule':
      return '<hr>';
  }
}

function table(header: Cell[], rows: Cell[][], align: Align[], widths?: number[]): string {
  const out = ['<table>'];
  if (widths) out.push(`<colgroup>${widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`);
  if (header.length > 0) out.push(`<thead><tr>${header.map((c) => `<th>${inlines(c)}</th>`).join('')}</tr></thead>`);
  out.push('<tbody>');
  for (const row of rows) {
    out.push(`<tr>${row.map((c, i) => `<td${align[i] && align[i] !== 'left' ? ` class="${align[i]}"` : ''}>${inlines(c)}</td>`).join('')}</tr>`);
  }
  out.push('</tbody></table>');
  return out.join('\n');
}

function inlines(content: readonly Inline[]): string {
  return content
    .map((i) => {
      let s = esc(i.text).replace(/\n/g, '<br>');
      if (i.code) s = `<code>${s}</code>`;
      if (i.italic) s = `<em>${s}</em>`;
      if (i.bold) s = `<strong>${s}</strong>`;
      // Only web and mail links stay clickable; anything else (javascript:, file:) is shown as text.
      if (i.href && /^(https?:|mailto:)/i.test(i.href)) s = `<a href="${esc(i.href)}">${s}</a>`;
      return s;
    })
    .join('');
}

/** Escapes text for HTML content and attribute values. */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A company stylesheet minus what could load from elsewhere or close the style element. */
function safeCss(css: string): string {
  return css
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\(\s*(['"]?)\s*(?!data:)[^)]*\)/gi, 'none')
    .replace(/<\/style/gi, '<\\/style');
}
