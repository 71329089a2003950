import * as vscode from 'vscode';
import { buildIdIndex, indexWithText, type IdIndex, type Range } from '../../core';
import { locateInFolders } from '../folderPaths';
import type { EngagementState, EngagementStoreApi } from '../storeApi';
import { toVsRange } from '../vsRange';

/** The index a language feature answers from, for one document. */
export interface DocumentIndex {
  state: EngagementState;
  /** The document's folder-relative path (the engagement's file path). */
  path: string;
  index: IdIndex;
}

/**
 * Id indexes built from the store's parsed state (no file system: works in virtual workspaces). One per
 * engagement check; a document whose buffer is newer than the last check gets an index over its own text
 * (one file re-parsed), so every range matches what the editor shows.
 */
export class LiveIndexes {
  private readonly checked = new WeakMap<EngagementState, IdIndex>();
  private live: { uri: string; version: number; generation: number; index: IdIndex } | undefined;

  constructor(private readonly store: EngagementStoreApi) {}

  /** The index for a document of an engagement, or undefined for documents outside every engagement. */
  forDocument(doc: vscode.TextDocument): DocumentIndex | undefined {
    const state = this.store.forUri(doc.uri);
    const path = state && locateInFolders(doc.uri, [state.folder])?.path;
    if (!state || path === undefined) return undefined;
    const uri = doc.uri.toString();
    if (this.live?.uri === uri && this.live.version === doc.version && this.live.generation === state.generation) return { state, path, index: this.live.index };
    const checked = this.ofState(state);
    const index = indexWithText(checked, path, doc.getText());
    if (index !== checked) this.live = { uri, version: doc.version, generation: state.generation, index };
    return { state, path, index };
  }

  /** The URI of an engagement file named by the index. */
  uriOf(at: DocumentIndex, file: string): vscode.Uri {
    return this.store.uriOf(at.state, file);
  }

  private ofState(state: EngagementState): IdIndex {
    let index = this.checked.get(state);
    if (!index) this.checked.set(state, (index = buildIdIndex(state.engagement)));
    return index;
  }
}

/** A core range as a VS Code range (the extension's one converter, `vsRange.ts`). */
export function toRange(r: Range): vscode.Range {
  return toVsRange(r);
}
