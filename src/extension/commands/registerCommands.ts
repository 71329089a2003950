import * as vscode from 'vscode';
import type { EngagementStoreApi } from '../storeApi';
import { addRequirementCommand } from './addRequirement';
import { addStakeholderCommand } from './addStakeholder';
import { advanceStageCommand } from './advanceStage';
import { checkEngagementCommand } from './checkEngagement';
import type { Command, CommandServices } from './command';
import { exportDocumentCommand } from './exportDocument';
import { logActivityCommand } from './logActivity';
import { newDeliverableCommand } from './newDeliverable';
import { newEngagementCommand } from './newEngagement';
import { openDashboardCommand } from './openDashboard';
import { recordReviewCommand } from './recordReview';
import { refreshCommand } from './refresh';

/** Every command of the extension (the manifest contributes the same ids). */
export function allCommands(services: CommandServices): Command[] {
  return [
    newEngagementCommand(services),
    newDeliverableCommand(services),
    addStakeholderCommand(services),
    addRequirementCommand(services),
    logActivityCommand(services),
    recordReviewCommand(services),
    advanceStageCommand(services),
    checkEngagementCommand(services),
    openDashboardCommand(services),
    exportDocumentCommand(services),
    refreshCommand(services),
  ];
}

/** Registers the commands; their disposables go to `context.subscriptions`. */
export function registerCommands(context: vscode.ExtensionContext, store: EngagementStoreApi): void {
  const services: CommandServices = { extensionUri: context.extensionUri, store };
  for (const c of allCommands(services)) {
    context.subscriptions.push(vscode.commands.registerCommand(c.id, (...args: unknown[]) => c.execute(...args)));
  }
}
