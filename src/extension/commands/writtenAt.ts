import * as vscode from 'vscode';
import { applyEdits, type OffsetEdit } from '../../core';

/** Where a command wrote: the file and the 0-based line of the written record. */
export interface WrittenAt {
  uri: vscode.Uri;
  line: number;
}

/**
 * The line of what `edits` wrote into `text`: the first non-blank character of the largest insertion
 * (an appended record is one insertion; a second, smaller edit may only drop an `[]`).
 */
export function writtenLine(text: string, edits: readonly OffsetEdit[]): number {
  if (edits.length === 0) return 0;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const main = sorted.reduce((best, e) => (e.newText.length > best.newText.length ? e : best), sorted[0]);
  let shift = 0;
  for (const e of sorted) {
    if (e === main) break;
    shift += e.newText.length - (e.end - e.start);
  }
  const lead = main.newText.search(/\S/);
  const offset = main.start + shift + Math.max(0, lead);
  const after = applyEdits(text, edits);
  let line = 0;
  for (let i = 0; i < offset && i < after.length; i++) if (after.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Says what was written, with a button that opens the file at the written line. Not awaited by the
 * commands: a notification stays until dismissed, and the command has finished its work.
 */
export async function confirmWritten(message: string, at: WrittenAt): Promise<void> {
  const open = vscode.l10n.t('Open');
  const choice = await vscode.window.showInformationMessage(message, open);
  if (choice !== open) return;
  const position = new vscode.Range(at.line, 0, at.line, 0);
  await vscode.window.showTextDocument(at.uri, { preview: false, selection: position });
}
