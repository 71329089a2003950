import * as vscode from 'vscode';
import type { Range } from '../core';

/** A core range (zero-based lines, UTF-16 characters: VS Code's own units) as a `vscode.Range`. The one converter. */
export function toVsRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
