import type * as vscode from 'vscode';
import type { Engagement, EngagementStatus, Finding } from '../core';

/** One checked engagement as the extension holds it. */
export interface EngagementState {
  /** Stable key: `${folder.uri}#${engagement.root}`. */
  key: string;
  folder: vscode.WorkspaceFolder;
  engagement: Engagement;
  findings: Finding[];
  status: EngagementStatus;
  /** Increases with every re-check; consumers drop results older than what they show. */
  generation: number;
}

/**
 * What views and commands ask of the engagement store (implemented in engagementStore.ts).
 * Core paths are relative to `folder`; `uriOf` turns them into URIs.
 */
export interface EngagementStoreApi {
  /** Fires with the engagements whose state changed. */
  readonly onDidChange: vscode.Event<EngagementState[]>;
  /** Fires when the active engagement changes (editor focus or picker). */
  readonly onDidChangeActive: vscode.Event<EngagementState | undefined>;
  all(): EngagementState[];
  /** The engagement that contains a document. */
  forUri(uri: vscode.Uri): EngagementState | undefined;
  /** The engagement of the active editor, else the last picked, else the only one. */
  active(): EngagementState | undefined;
  setActive(key: string): void;
  uriOf(state: EngagementState, path: string): vscode.Uri;
  /**
   * The state with every file's full text. The store keeps Markdown bodies only for engagements that are
   * active or open in an editor (records, findings and YAML ranges always); anything that reads a body of
   * another one (export, the matrix) asks here, and gets it re-read from disk.
   */
  loaded(state: EngagementState): Promise<EngagementState>;
  /** Re-reads and re-checks everything. */
  refresh(): Promise<void>;
}
