import type { Engagement } from '../model/engagement';
import { bidSummaryExport } from './bidSummaryExport';
import { deviationTableExport } from './deviationTableExport';
import type { ExportDocument } from './exportDocument';
import { matrixExport } from './matrixExport';
import { pricingExport } from './pricingExport';
import { solutionExport } from './solutionExport';

/** What can be exported, in the order menus list them. */
export const EXPORT_KINDS = ['deviation-table', 'bid-summary', 'solution', 'pricing', 'matrix'] as const;
/** One of `EXPORT_KINDS`. */
export type ExportKind = (typeof EXPORT_KINDS)[number];
/** The output formats. */
export const EXPORT_FORMATS = ['docx', 'html'] as const;
/** One of `EXPORT_FORMATS`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const BUILDERS: Record<ExportKind, (e: Engagement) => ExportDocument> = {
  'deviation-table': deviationTableExport,
  'bid-summary': bidSummaryExport,
  solution: solutionExport,
  pricing: pricingExport,
  matrix: matrixExport,
};

/** The source kinds each export reads (an export with none of them present has nothing to show). */
export const EXPORT_SOURCES: Record<ExportKind, string[]> = {
  'deviation-table': ['deviation-table'],
  'bid-summary': ['pricing', 'tender'],
  solution: ['solution'],
  pricing: ['pricing'],
  matrix: ['requirements'],
};

/** True for a valid `--what`. */
export function isExportKind(v: string): v is ExportKind {
  return (EXPORT_KINDS as readonly string[]).includes(v);
}

/** True for a valid `--format`. */
export function isExportFormat(v: string): v is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(v);
}

/** Builds the document model of one export. */
export function buildExportDocument(e: Engagement, what: ExportKind): ExportDocument {
  return BUILDERS[what](e);
}

/** True when the engagement holds a file the export reads. */
export function hasExportSource(e: Engagement, what: ExportKind): boolean {
  return e.files.some((f) => f.kind !== undefined && EXPORT_SOURCES[what].includes(f.kind));
}

/** The default file name of an export: `<engagement id>-<what>.<format>`. */
export function defaultExportName(e: Engagement, what: ExportKind, format: ExportFormat): string {
  const id = e.id && /^[\w.-]+$/.test(e.id) ? e.id : 'engagement';
  return `${id}-${what}.${format}`;
}
