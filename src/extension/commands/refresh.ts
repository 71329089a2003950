import * as vscode from 'vscode';
import { ENGAGEMENT_TREE_VIEW_ID } from '../tree/engagementTree';
import type { Command, CommandServices } from './command';

/**
 * `presales.refresh`: re-discovers every workspace folder and re-checks every engagement, for changes VS Code
 * did not report (a network drive, a watcher limit reached). Progress shows on the Engagements view; the views
 * and the Problems panel update themselves, so there is no message to dismiss.
 */
export function refreshCommand(services: CommandServices): Command {
  return {
    id: 'presales.refresh',
    execute: () => vscode.window.withProgress({ location: { viewId: ENGAGEMENT_TREE_VIEW_ID } }, () => services.store.refresh()),
  };
}
