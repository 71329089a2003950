import * as vscode from 'vscode';
import { buildStatus, checkEngagement, type CheckOptions, type DiscoveredEngagement, discoverWorkspace, type DiscoveryProblem, duplicateIdFinding, type Engagement, type EngagementFs, engagementIdSite, type EngagementStatus, type Finding, firstHolder, type Language, loadEngagement, releaseBodies, withWorkspaceFinding } from '../core';
import { ActiveEngagement } from './activeEngagement';
import { FolderParseCaches } from './folderParseCaches';
import { localToday } from './localToday';
import { locateInFolders, owningRoot, relativePath, uriIn } from './folderPaths';
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

/** What discovery could not search in one workspace folder: unreadable folders, the depth limit, near-miss marker names. */
export interface FolderDiscoveryProblems {
  folder: vscode.WorkspaceFolder;
  problems: readonly DiscoveryProblem[];
}

interface Known {
  folder: vscode.WorkspaceFolder;
  found: DiscoveredEngagement;
}

/** What one check of an engagement found by itself (before findings that compare engagements). */
interface OwnResult {
  findings: Finding[];
  status: EngagementStatus;
}

/**
 * Discovers and checks every engagement of the workspace and keeps the latest result of each. Every check
 * takes a new generation number; a result whose generation is no longer the latest for its engagement is
 * dropped, so a slow, stale check never overwrites a newer one. Event wiring lives in storeTriggers.ts.
 */
export class EngagementStore implements EngagementStoreApi, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EngagementState[]>();
  readonly onDidChange = this.changed.event;
  private readonly activeEngagement = new ActiveEngagement({ get: (k) => this.states.get(k), forUri: (u) => this.forUri(u), all: () => this.all() });
  readonly onDidChangeActive = this.activeEngagement.onDidChange;
  private readonly problems = new Map<string, FolderDiscoveryProblems>();
  private readonly problemsChanged = new vscode.EventEmitter<void>();
  /** Fires when what discovery could not search changed in some folder (published by discoveryDiagnostics.ts). */
  readonly onDidChangeDiscoveryProblems = this.problemsChanged.event;
  private readonly states = new Map<string, EngagementState>();
  private readonly known = new Map<string, Known>();
  /** Latest generation started per engagement key (checks) and per folder prefix (discoveries). */
  private readonly latest = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly discoveries = new Map<string, { run: Promise<void>; all: boolean }>();
  private readonly caches = new FolderParseCaches();
  /** Each state's own check results; a state's `findings` add its `duplicate-engagement-id` to them. */
  private readonly own = new Map<string, OwnResult>();
  /** Keys of the states holding one id, per workspace folder (`${prefix}\n${id}`): the CLI compares within one folder. */
  private readonly holders = new Map<string, Set<string>>();
  /** The `holders` group of each state with an id. */
  private readonly groupOf = new Map<string, string>();
  /** Per state in a group: the first holder it was compared with, and the duplicate finding it carries (if any). */
  private readonly duplicates = new Map<string, { first: string; finding: Finding | undefined }>();
  private generation = 0;
  private lastActive: string | undefined;

  constructor(private readonly options: StoreOptions = {}) {
    this.activeEngagement.onDidChange((state) => this.activeMoved(state?.key));
  }

  all(): EngagementState[] {
    return [...this.states.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  forUri(uri: vscode.Uri): EngagementState | undefined {
    const key = this.keyOf(uri);
    return key === undefined ? undefined : this.states.get(key);
  }

  /** What the latest discovery of each workspace folder could not search (the CLI reports the same as findings). */
  discoveryProblems(): FolderDiscoveryProblems[] {
    return [...this.problems.values()];
  }

  active(): EngagementState | undefined {
    return this.activeEngagement.current();
  }

  setActive(key: string): void {
    this.activeEngagement.pick(key);
  }

  /** Follows the active editor; editors outside any engagement (and focus leaving editors) keep the current one. */
  followEditor(uri: vscode.Uri | undefined): void {
    // Before the first discovery nothing is known yet: remember the editor anyway.
    if (uri) this.activeEngagement.follow(uri, this.known.size === 0 || this.keyOf(uri) !== undefined);
  }

  uriOf(state: EngagementState, path: string): vscode.Uri {
    return uriIn(state.folder.uri, path);
  }

  async refresh(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const live = new Set(folders.map((f) => `${f.uri.toString()}#`));
    const gone = [...this.known.keys()].filter((k) => !live.has(k.slice(0, k.indexOf('#') + 1)));
    const relinked = this.forgetAll(gone);
    if (gone.length) this.changed.fire(relinked);
    const goneFolders = [...this.problems.keys()].filter((prefix) => !live.has(prefix));
    goneFolders.forEach((prefix) => this.problems.delete(prefix));
    if (goneFolders.length) this.problemsChanged.fire();
    await Promise.all(folders.map((f) => this.rediscover(f, true)));
    this.activeEngagement.update();
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
    // A full re-check that gets overtaken passes its "all" on to the discovery that overtakes it.
    const everything = all || this.discoveries.get(prefix)?.all === true;
    const run: Promise<void> = this.discover(folder, prefix, everything).finally(() => {
      if (this.discoveries.get(prefix)?.run === run) this.discoveries.delete(prefix);
    });
    this.discoveries.set(prefix, { run, all: everything });
    return run;
  }

  private async discover(folder: vscode.WorkspaceFolder, prefix: string, all: boolean): Promise<void> {
    const generation = ++this.generation;
    this.latest.set(prefix, generation);
    const { engagements: found, problems } = await discoverWorkspace(this.fsFor(folder));
    if (this.latest.get(prefix) !== generation) return this.discoveries.get(prefix)?.run; // a newer discovery is under way
    this.setProblems(prefix, folder, problems);
    const fresh = new Map(found.map((d) => [prefix + d.root, d]));
    const removed = [...this.known.keys()].filter((k) => k.startsWith(prefix) && !fresh.has(k));
    // Another engagement that shared a removed one's id gains or loses its duplicate finding.
    const relinked = this.forgetAll(removed);
    const toCheck: string[] = [];
    for (const [key, d] of fresh) {
      const old = this.known.get(key);
      if (old && sameFiles(old.found, d) && !all) continue;
      this.known.set(key, { folder, found: d });
      toCheck.push(key);
    }
    this.caches.keepOnly(folder, new Set(found.flatMap((d) => d.files.map((f) => f.path))));
    if (removed.length) {
      this.changed.fire(relinked);
      this.activeEngagement.update();
    }
    await eachLimited(toCheck, CONCURRENT_CHECKS, (k) => this.check(k));
  }

  /** Loads and checks one engagement; the result is kept only if no newer check started meanwhile. */
  async check(key: string): Promise<void> {
    const known = this.known.get(key);
    if (!known) return;
    const generation = ++this.generation;
    this.latest.set(key, generation);
    try {
      const today = (this.options.today ?? localToday)();
      const engagement = await loadEngagement(this.fsFor(known.folder), known.found, this.caches.parserFor(known.folder));
      if (this.latest.get(key) !== generation || !this.known.has(key)) return;
      // One options object for the check and the views: findings and gate blockers speak one language.
      const options: CheckOptions = { today, language: this.findingsLanguage(), onRuleError: (error, code) => this.options.log?.(`rule ${code} failed on ${key}: ${String(error)}`) };
      const findings = checkEngagement(engagement, options);
      const own: OwnResult = { findings, status: buildStatus(engagement, findings, options) };
      const state: EngagementState = { key, folder: known.folder, engagement, ...own, generation };
      // Findings and status are computed: an engagement nobody looks at keeps its records, not its Markdown bodies.
      if (!this.inView(key, known)) this.release(state);
      this.own.set(key, own);
      this.states.set(key, state);
      this.duplicates.delete(key);
      // Its id may now clash with (or stop clashing with) other engagements: those are re-counted too.
      const relinked = this.relink(key, groupKey(prefixOf(key), engagement));
      this.changed.fire([this.states.get(key) ?? state, ...relinked.filter((s) => s.key !== key)]);
      this.activeEngagement.update();
    } catch (e) {
      this.options.log?.(`check of ${key} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }

  /**
   * The state with every file's text: itself while its bodies are kept (open in an editor or active),
   * else the engagement re-read from disk for this caller alone (not kept; same records as the check read).
   */
  async loaded(state: EngagementState): Promise<EngagementState> {
    const known = this.known.get(state.key);
    if (!known || !state.engagement.files.some((f) => f.bodyReleased)) return state;
    return { ...state, engagement: await loadEngagement(this.fsFor(known.folder), known.found) };
  }

  /** A document was opened: its engagement keeps its bodies again (re-read by one check) while it stays open. */
  warmUri(uri: vscode.Uri): void {
    const key = this.keyOf(uri);
    if (key !== undefined) this.warm(key);
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.timers.clear();
    this.changed.dispose();
    this.problemsChanged.dispose();
    this.activeEngagement.dispose();
  }

  /** True while an engagement's bodies must stay: it is active or one of its files is open in an editor. */
  private inView(key: string, known: Known): boolean {
    if (this.lastActive === key) return true;
    const paths = new Set(known.found.files.map((f) => f.path));
    const holds = (uri: vscode.Uri) => {
      const path = relativePath(known.folder.uri, uri);
      return path !== undefined && paths.has(path);
    };
    return this.activeEngagement.mayBeActive(key, holds) || vscode.workspace.textDocuments.some((d) => holds(d.uri));
  }

  /**
   * Drops the Markdown bodies of a checked engagement, keeping their id-index sites (and forgets their
   * parse-cache entries, which are the same objects).
   */
  private release(state: EngagementState): void {
    this.caches.forget(state.folder, releaseBodies(state.engagement));
  }

  private warm(key: string): void {
    if (this.states.get(key)?.engagement.files.some((f) => f.bodyReleased)) this.schedule(key, 0, () => this.check(key));
  }

  /** The active engagement changed: the new one gets its bodies back, the old one lets them go unless it is open. */
  private activeMoved(key: string | undefined): void {
    // No active engagement (it was removed): the last one stays kept, as panels may still show it.
    if (key === undefined) return;
    const old = this.lastActive;
    this.lastActive = key;
    this.warm(key);
    if (old === undefined || old === key) return;
    const oldKnown = this.known.get(old);
    const oldState = this.states.get(old);
    if (oldKnown && oldState && !this.inView(old, oldKnown)) this.release(oldState);
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

  /** Keeps the folder's discovery problems; fires only when they changed (every create/delete re-discovers). */
  private setProblems(prefix: string, folder: vscode.WorkspaceFolder, problems: DiscoveryProblem[]): void {
    const old = this.problems.get(prefix)?.problems ?? [];
    const same = old.length === problems.length && old.every((p, i) => p.reason === problems[i].reason && p.path === problems[i].path);
    if (problems.length) this.problems.set(prefix, { folder, problems });
    else this.problems.delete(prefix);
    if (!same) this.problemsChanged.fire();
  }

  private forget(key: string): void {
    this.known.delete(key);
    this.states.delete(key);
    this.own.delete(key);
    this.duplicates.delete(key);
    this.latest.delete(key);
    this.activeEngagement.forget(key);
  }

  /** Forgets engagements; returns the remaining states whose duplicate finding changed with them gone. */
  private forgetAll(keys: readonly string[]): EngagementState[] {
    keys.forEach((k) => this.forget(k));
    const changed = new Map<string, EngagementState>();
    for (const k of keys) for (const s of this.relink(k, undefined)) changed.set(s.key, s);
    return [...changed.values()].filter((s) => this.states.get(s.key) === s);
  }

  /**
   * Moves a state to the holders of its (new) id and re-finds `duplicate-engagement-id` in the groups it left
   * and joined — only those, not the whole store: a check costs the holders of two ids. Returns the states
   * whose duplicate finding changed (replaced with a same-generation state: the engagement is the same).
   */
  private relink(key: string, group: string | undefined): EngagementState[] {
    const old = this.groupOf.get(key);
    if (old !== undefined && old !== group) {
      const members = this.holders.get(old);
      members?.delete(key);
      if (members?.size === 0) this.holders.delete(old);
    }
    if (group === undefined) this.groupOf.delete(key);
    else {
      this.groupOf.set(key, group);
      const members = this.holders.get(group) ?? new Set<string>();
      this.holders.set(group, members.add(key));
    }
    const changed: EngagementState[] = [];
    for (const g of new Set([old, group])) if (g !== undefined) changed.push(...this.recount(g));
    return changed;
  }

  /**
   * Re-finds the duplicates among one id's holders (the core's order and policy) and re-states those whose
   * finding changed. Linear in the holders: a holder still naming the same first one keeps its finding.
   */
  private recount(group: string): EngagementState[] {
    const members = [...(this.holders.get(group) ?? [])].flatMap((key) => {
      const state = this.states.get(key);
      return state ? [{ key, state, root: state.engagement.root, engagement: state.engagement, language: state.status.language }] : [];
    });
    const first = firstHolder(members)?.root;
    const changed: EngagementState[] = [];
    if (first === undefined) return changed;
    for (const m of members) {
      const before = this.duplicates.get(m.key);
      // Its id, language and policy are those of its check: only a new first holder changes its finding.
      if (before?.first === first) continue;
      const finding = duplicateIdFinding(m, first);
      this.duplicates.set(m.key, { first, finding });
      const own = this.own.get(m.key);
      if (!own || (before?.finding === undefined && finding === undefined)) continue;
      const next: EngagementState = { ...m.state, ...withWorkspaceFinding(own, finding) };
      this.states.set(m.key, next);
      changed.push(next);
    }
    return changed;
  }


  private fsFor(folder: vscode.WorkspaceFolder): EngagementFs {
    return this.options.fsFor ? this.options.fsFor(folder) : new WorkspaceFs(folder.uri, openBufferText);
  }

  /** The `presales.findingsLanguage` override, or undefined for each engagement's own language. */
  findingsLanguage(): Language | undefined {
    const setting = this.options.findingsLanguage ? this.options.findingsLanguage() : vscode.workspace.getConfiguration('presales').get<Language | 'auto'>('findingsLanguage', 'auto');
    return setting === 'zh-CN' || setting === 'en' ? setting : undefined;
  }
}

/**
 * Checks run a few at a time: started all at once, a first scan of 1,000 engagements read every file into
 * memory before the first check finished (peak RSS twice what the store keeps). A few overlap I/O and CPU.
 */
const CONCURRENT_CHECKS = 8;

async function eachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The folder prefix of a state key (`${folder.uri}#`). */
function prefixOf(key: string): string {
  return key.slice(0, key.indexOf('#') + 1);
}

/** The `holders` group of an engagement: its folder and id; undefined without an id. */
function groupKey(prefix: string, engagement: Engagement): string | undefined {
  const site = engagementIdSite(engagement);
  return site ? `${prefix}\n${site.id}` : undefined;
}

function sameFiles(a: DiscoveredEngagement, b: DiscoveredEngagement): boolean {
  return a.files.length === b.files.length && a.files.every((f, i) => f.path === b.files[i].path && f.size === b.files[i].size);
}

