import * as vscode from 'vscode';
import type { Command } from './command';

/** `presales.openDashboard`: reveals and focuses the sidebar dashboard view. */
export function openDashboardCommand(): Command {
  return {
    id: 'presales.openDashboard',
    execute: () => vscode.commands.executeCommand('presales.dashboard.focus'),
  };
}
