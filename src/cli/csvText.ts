import { terminalSafe } from './terminalText';

/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet: a text that starts with `=`, `+`, `-`, `@`, tab or
 * CR would be run as a formula (CSV injection), so it gets a leading `'`; controls and bidi characters become
 * visible escapes like everything the CLI prints. Numbers are written as numbers, null as an empty cell.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  let text = terminalSafe(value);
  if (/^[=+\-@\t\r]/.test(value)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Excel on Windows reads a CSV without a byte-order mark in the ANSI code page (Chinese cells turn to mojibake);
 * with U+FEFF first (EF BB BF in UTF-8) it reads UTF-8. Other readers (LibreOffice, pandas, csv modules) skip it.
 */
export const CSV_BOM = '\uFEFF';

/** A whole CSV file: the UTF-8 byte-order mark, then the rows with CRLF line ends (RFC 4180). */
export function csvRows(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return CSV_BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
