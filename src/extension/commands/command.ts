import type * as vscode from 'vscode';
import type { EngagementStoreApi } from '../storeApi';

/** One command: its id and what it does. Registered once by registerCommands.ts. */
export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

/** What every command may use: the extension's own files (templates) and the engagement store. */
export interface CommandServices {
  extensionUri: vscode.Uri;
  store: EngagementStoreApi;
}

/** The loose argument object callers pass (tree nodes, the dashboard, quick fixes, tests). */
export type CommandArgs = Record<string, unknown>;

/** Reads the first argument as an object (a tree node or an args object), else `{}`. */
export function argsOf(arg: unknown): CommandArgs {
  return arg && typeof arg === 'object' && !Array.isArray(arg) ? (arg as CommandArgs) : {};
}

/** A string argument, when given and non-empty. */
export function stringArg(args: CommandArgs, name: string): string | undefined {
  const v = args[name];
  switch (typeof v) {
    case 'string':
      return v.trim() || undefined;
    case 'number':
      return Number.isFinite(v) ? String(v) : undefined;
    default:
      return undefined;
  }
}
