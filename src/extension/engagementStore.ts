import * as vscode from 'vscode';
import { checkEngagement } from '../core/checkEngagement';
import { discoverEngagements, type DiscoveredEngagement } from '../core/discoverEngagements';
import { loadEngagement } from '../core/loadEngagement';
import { ParseCache } from '../core/parse/parseCache';
import type { Engagement } from '../core/model/engagement';
import { buildStatus } from '../core/status/statusBuilder';
import type { Language } from '../core/types';
import type { EngagementFs } from '../core/workspace';
import { locateInFolders, owningRoot } from './folderPaths';
import type { EngagementState, EngagementStoreApi } from './storeApi';
import { openBufferText, WorkspaceFs } from './workspaceFs';

/** Seams of the store; every one has a VS Code default (tests pass fakes). */
export interface StoreOptions {
  /** The file system of a folder; default: `vscode.workspace.fs` with open buffers overlaid. */
  fsFor?: (folder: vscode.WorkspaceFolder) => EngagementFs;
  /** `YYYY-MM-DD`, asked at every check; default: the local date. */
  today?: () => string;
  /** Language of finding messages; 'auto' = each engagement's own. Default: `presales.findingsLanguage`. */
  findingsLanguage?: () => Language | 'auto';
  /** Where unexpected failures go (a log channel). */
  log?: (message: string) => void;
}

interface Known {
  folder: vscode.WorkspaceFolder;
  found: DiscoveredEngagement;
}

/**
 * Discovers and checks every engagement of the workspace and keeps the latest result of each. Every check
 * takes a new generation number; a result whose generation is no longer the latest for its engagement is
 * dropped, so a slow, stale check never overwrites a newer one. Event wiring lives in storeTriggers.ts.
 */
export class EngagementStore implements EngagementStoreApi, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EngagementState[]>();
  private readonly activeChanged = new vscode.EventEmitter<EngagementState | undefined>();
  readonly onDidChange = this.changed.event;
  readonly onDidChangeActive = this.activeChanged.event;
  private readonly states = new Map<string, EngagementState>();
  private readonly known = new Map<string, Known>();
  /** Latest generation started per engagement key (checks) and per folder prefix (discoveries). */
  private readonly latest = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly discoveries = new Map<string, Promise<void>>();
  private readonly caches = new Map<string, ParseCache>();
  /** Files discovered per folder, to evict deleted ones from the parse cache. */
  private readonly pathsIn = new Map<string, Set<string>>();
  private generation = 0;
  private pickedKey: string | undefined;
  private editorUri: vscode.Uri | undefined;
  private firedActiveKey: string | undefined;

  constructor(private readonly options: StoreOptions = {}) {}

  all(): EngagementState[] {
    return [...this.states.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  forUri(uri: vscode.Uri): EngagementState | undefined {
    const key = this.keyOf(uri);
    return key === undefined ? undefined : this.states.get(key);
  }

  active(): EngagementState | undefined {
    const fromEditor = this.editorUri && this.forUri(this.editorUri);
    if (fromEditor) return fromEditor;
    const picked = this.pickedKey === undefined ? undefined : this.states.get(this.pickedKey);
    return picked ?? (this.states.size === 1 ? [...this.states.values()][0] : undefined);
  }

  setActive(key: string): void {
    this.pickedKey = key;
    this.editorUri = undefined;
    this.fireActive();
  }

  /** Follows the active editor; editors outside any engagement (and focus leaving editors) keep the current one. */
  followEditor(uri: vscode.Uri | undefined): void {
    // Before the first discovery nothing is known yet: remember the editor anyway.
    if (!uri || (this.known.size > 0 && this.keyOf(uri) === undefined)) return;
    this.editorUri = uri;
    this.fireActive();
  }

  uriOf(state: EngagementState, path: string): vscode.Uri {
    const parts = path.split('/').filter(Boolean);
    return parts.length ? vscode.Uri.joinPath(state.folder.uri, ...parts) : state.folder.uri;
  }

  async refresh(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const live = new Set(folders.map((f) => `${f.uri.toString()}#`));
    const gone = [...this.known.keys()].filter((k) => !live.has(k.slice(0, k.indexOf('#') + 1)));
    gone.forEach((k) => this.forget(k));
    if (gone.length) this.changed.fire([]);
    await Promise.all(folders.map((f) => this.rediscover(f, true)));
    this.fireActive();
  }

  /** Re-checks the engagement that owns `uri` after `delayMs` of quiet (edits coalesce). */
  recheckUri(uri: vscode.Uri, delayMs: number): void {
    const key = this.keyOf(uri);
    if (key !== undefined) this.schedule(key, delayMs, () => this.check(key));
  }

  /** Re-discovers the folder of `uri` (a file was created, deleted or renamed) after `delayMs`. */
  rediscoverUri(uri: vscode.Uri, delayMs: number): void {
    const loc = locateInFolders(uri, vscode.workspace.workspaceFolders ?? []);
    if (loc) this.schedule(`folder:${loc.folder.uri.toString()}`, delayMs, () => this.rediscover(loc.folder, false));
  }

  /**
   * Finds the folder's engagements; checks the new ones and those whose files changed (`all`: every one).
   * Resolves when the folder's newest discovery has finished, so callers never see an older one's result.
   */
  rediscover(folder: vscode.WorkspaceFolder, all: boolean): Promise<void> {
    const prefix = `${folder.uri.toString()}#`;
    const run = this.discover(folder, prefix, all).finally(() => this.discoveries.get(prefix) === run && this.discoveries.delete(prefix));
    this.discoveries.set(prefix, run);
    return run;
  }

  private async discover(folder: vscode.WorkspaceFolder, prefix: string, all: boolean): Promise<void> {
    const generation = ++this.generation;
    this.latest.set(prefix, generation);
    const found = await discoverEngagements(this.fsFor(folder));
    if (this.latest.get(prefix) !== generation) return this.discoveries.get(prefix); // a newer discovery is under way
    const fresh = new Map(found.map((d) => [prefix + d.root, d]));
    const removed = [...this.known.keys()].filter((k) => k.startsWith(prefix) && !fresh.has(k));
    removed.forEach((k) => this.forget(k));
    const toCheck: string[] = [];
    for (const [key, d] of fresh) {
      const old = this.known.get(key);
      if (old && sameFiles(old.found, d) && !all) continue;
      this.known.set(key, { folder, found: d });
      toCheck.push(key);
    }
    const kept = new Set(found.flatMap((d) => d.files.map((f) => f.path)));
    for (const p of this.pathsIn.get(prefix) ?? []) if (!kept.has(p)) this.cacheOf(folder).delete(p);
    this.pathsIn.set(prefix, kept);
    if (removed.length) {
      this.changed.fire([]);
      this.fireActive();
    }
    await Promise.all(toCheck.map((k) => this.check(k)));
  }

  /** Loads and checks one engagement; the result is kept only if no newer check started meanwhile. */
  async check(key: string): Promise<void> {
    const known = this.known.get(key);
    if (!known) return;
    const generation = ++this.generation;
    this.latest.set(key, generation);
    try {
      const today = (this.options.today ?? localToday)();
      const engagement = await loadEngagement(this.fsFor(known.folder), known.found, this.cacheOf(known.folder).parse);
      if (this.latest.get(key) !== generation || !this.known.has(key)) return;
      const findings = checkEngagement(this.inFindingsLanguage(engagement), { today });
      const state: EngagementState = { key, folder: known.folder, engagement, findings, status: buildStatus(engagement, findings, today), generation };
      this.states.set(key, state);
      this.changed.fire([state]);
      this.fireActive();
    } catch (e) {
      this.options.log?.(`check of ${key} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.timers.clear();
    this.changed.dispose();
    this.activeChanged.dispose();
  }

  private keyOf(uri: vscode.Uri): string | undefined {
    const loc = locateInFolders(uri, vscode.workspace.workspaceFolders ?? []);
    if (!loc) return undefined;
    const prefix = `${loc.folder.uri.toString()}#`;
    const roots = [...this.known.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    const root = owningRoot(loc.path, roots);
    return root === undefined ? undefined : prefix + root;
  }

  private schedule(id: string, delayMs: number, run: () => Promise<void>): void {
    clearTimeout(this.timers.get(id));
    this.timers.set(id, setTimeout(() => {
      this.timers.delete(id);
      void run();
    }, delayMs));
  }

  private forget(key: string): void {
    this.known.delete(key);
    this.states.delete(key);
    this.latest.delete(key);
    if (this.pickedKey === key) this.pickedKey = undefined;
  }

  private fireActive(): void {
    const active = this.active();
    if (active?.key === this.firedActiveKey) return;
    this.firedActiveKey = active?.key;
    this.activeChanged.fire(active);
  }

  private fsFor(folder: vscode.WorkspaceFolder): EngagementFs {
    return this.options.fsFor ? this.options.fsFor(folder) : new WorkspaceFs(folder.uri, openBufferText);
  }

  private cacheOf(folder: vscode.WorkspaceFolder): ParseCache {
    const id = folder.uri.toString();
    if (!this.caches.has(id)) this.caches.set(id, new ParseCache());
    return this.caches.get(id)!;
  }

  private inFindingsLanguage(e: Engagement): Engagement {
    const setting = this.options.findingsLanguage ? this.options.findingsLanguage() : vscode.workspace.getConfiguration('presales').get<Language | 'auto'>('findingsLanguage', 'auto');
    return setting === 'zh-CN' || setting === 'en' ? { ...e, language: setting } : e;
  }
}

function sameFiles(a: DiscoveredEngagement, b: DiscoveredEngagement): boolean {
  return a.files.length === b.files.length && a.files.every((f, i) => f.path === b.files[i].path && f.size === b.files[i].size);
}

/** Today's local date as YYYY-MM-DD (re-read at every check, so a session past midnight moves on). */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
