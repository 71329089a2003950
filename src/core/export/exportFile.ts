import type { Engagement } from '../model/engagement';
import { buildExportDocument, type ExportFormat, type ExportKind } from './buildExport';
import { imageSources } from './exportDocument';
import { resolveImagePath } from './imagePath';
import { renderHtml } from './renderHtml';

/** Larger pictures are left out (shown as "image missing"): a document is mailed, and memory is finite. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** Reads a workspace-relative file for an export; undefined when it cannot be read. */
export type ExportReader = (path: string) => Promise<Uint8Array | undefined>;

/** A company template: a reference .docx for styles and/or a CSS file for HTML, workspace-relative paths. */
export interface ExportTemplate {
  docx?: string;
  css?: string;
}

/** One export to produce. */
export interface ExportRequest {
  what: ExportKind;
  format: ExportFormat;
  /** The document timestamp: SOURCE_DATE_EPOCH when the host has it, else now. */
  timestamp: Date;
  /** The host's template setting, used where engagement.yaml names none. */
  fallbackTemplate?: ExportTemplate;
}

/**
 * engagement.yaml `export: { docx_template, css }`: paths relative to the engagement folder, resolved to
 * workspace-relative paths; a path that leaves the engagement is ignored (never read).
 */
export function engagementTemplate(e: Engagement): ExportTemplate {
  const resolve = (p: string | undefined) => (p === undefined ? undefined : resolveImagePath(e.root, e.root, p));
  return { docx: resolve(e.exportTemplate.docxTemplate), css: resolve(e.exportTemplate.css) };
}

/**
 * Builds one export and returns its bytes. Reads only through `read`: the images the document names and the
 * template files. Missing images become a visible "image missing" note; a missing template falls back to
 * the built-in styles.
 */
export async function exportFile(e: Engagement, request: ExportRequest, read: ExportReader): Promise<Uint8Array> {
  const doc = buildExportDocument(e, request.what);
  const images = new Map<string, Uint8Array>();
  for (const src of imageSources(doc)) {
    const bytes = await read(src);
    if (bytes && bytes.length <= MAX_IMAGE_BYTES) images.set(src, bytes);
  }
  const own = engagementTemplate(e);
  const template = { docx: own.docx ?? request.fallbackTemplate?.docx, css: own.css ?? request.fallbackTemplate?.css };
  if (request.format === 'html') {
    const css = template.css ? await read(template.css) : undefined;
    const html = renderHtml(doc, { timestamp: request.timestamp, images, css: css ? new TextDecoder().decode(css) : undefined });
    return new TextEncoder().encode(html);
  }
  const reference = template.docx ? await read(template.docx) : undefined;
  // Loaded on first use: docx and fflate are a third of the bundle and only an export needs them (activation).
  const { docxStylesOf, renderDocx } = await import('./docxRenderer');
  return renderDocx(doc, { timestamp: request.timestamp, images, externalStyles: reference ? docxStylesOf(reference) : undefined });
}

/**
 * The document timestamp from a SOURCE_DATE_EPOCH value (seconds since 1970, reproducible-builds.org), or
 * `now` when it is absent or not a non-negative integer.
 */
export function exportTimestamp(sourceDateEpoch: string | undefined, now: Date): Date {
  const s = sourceDateEpoch?.trim();
  if (s && /^\d{1,12}$/.test(s)) return new Date(Number(s) * 1000);
  return now;
}
