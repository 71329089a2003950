/**
 * Shared helpers for the in-host integration suites (bundled into each *.itest.js; not a test file itself).
 * The workspace is a fresh copy made by run.ts: holdout-clinic/ (fixture, en, stage research, known broken
 * bits) and acme-his/ (examples/acme-his, zh-CN, stage solution).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** Extension id = `<publisher>.<name>` from package.json. */
export const EXTENSION_ID = 'presales-workbench.presales-workbench';
/** Diagnostics `source` of every finding. */
export const SOURCE = 'presales';

/** Activates the extension and returns whatever `activate` returned (the test/API hook, if any). */
export async function activate(): Promise<Record<string, unknown> | undefined> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  const api = (await ext.activate()) as Record<string, unknown> | undefined;
  return api;
}

/** The manifest of the extension under test. */
export function manifest(): { contributes?: { commands?: { command: string; title: string }[] } } {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  return ext.packageJSON as ReturnType<typeof manifest>;
}

/** URI of a workspace-relative path (first workspace folder). */
export function wsUri(rel: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder open');
  return vscode.Uri.joinPath(folder.uri, ...rel.split('/'));
}

/** Reads a workspace file as UTF-8 text (from disk). */
export async function readText(rel: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(wsUri(rel)));
}

/** `T` without its falsy members. */
export type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

/**
 * Resolves with `probe()` once it is truthy, re-evaluating it on every event that `on` reports (never on a
 * timer). The timeout only turns a wait that can no longer succeed into a failure that says what was awaited.
 */
export function until<T>(what: string, on: vscode.Event<unknown>, probe: () => T, timeoutMs = 20_000): Promise<Truthy<T>> {
  return new Promise((ok, fail) => {
    const done = (settle: () => void) => { sub.dispose(); clearTimeout(timer); settle(); };
    const check = () => {
      try {
        const v = probe();
        if (v) done(() => ok(v as Truthy<T>));
      } catch (e) { done(() => fail(e)); }
    };
    const sub = on(check);
    const timer = setTimeout(() => done(() => fail(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`))), timeoutMs);
    check();
  });
}

/** Diagnostics change events of one workspace file. */
function diagnosticsEvent(rel: string): vscode.Event<unknown> {
  const key = wsUri(rel).toString();
  return (listener) => vscode.languages.onDidChangeDiagnostics((e) => { if (e.uris.some((u) => u.toString() === key)) listener(e); });
}

/** Waits until our diagnostics of `rel` satisfy `probe`: checked now and at every diagnostics change of that file. */
export function untilDiagnostics<T>(what: string, rel: string, probe: (ds: vscode.Diagnostic[]) => T, timeoutMs?: number): Promise<Truthy<T>> {
  return until(what, diagnosticsEvent(rel), () => probe(ours(rel)), timeoutMs);
}

/**
 * Subscribes to the NEXT publication of our diagnostics for `rel` that satisfies `probe`, then runs `act`:
 * resolves only with diagnostics published after `act` started (never with what was there before).
 */
export async function publishedAfter<T>(what: string, rel: string, act: () => Thenable<unknown>, probe: (ds: vscode.Diagnostic[]) => T, timeoutMs?: number): Promise<Truthy<T>> {
  let armed = false;
  const published = until(what, diagnosticsEvent(rel), () => armed && probe(ours(rel)), timeoutMs);
  armed = true;
  await act();
  return published;
}

/** Waits until a document's text satisfies `probe`: checked now and at every change of that document. */
export function untilText(what: string, doc: vscode.TextDocument, probe: (text: string) => boolean, timeoutMs?: number): Promise<true> {
  const changes: vscode.Event<unknown> = (listener) => vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === doc) listener(e); });
  return until(what, changes, () => probe(doc.getText()) || undefined, timeoutMs) as Promise<true>;
}

/** Our diagnostics (source `presales`) of a workspace file, optionally only one code. */
export function ours(rel: string, code?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(wsUri(rel)).filter((d) => d.source === SOURCE && (!code || codeOf(d) === code));
}

/** A diagnostic's code as a string (plain or `{ value, target }`). */
export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code);
}

/** `code@l:c-l:c` (0-based) for compact, exact assertions. */
export function where(d: vscode.Diagnostic): string {
  const r = d.range;
  return `${codeOf(d)}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** Answers the extension's UI prompts while a command runs. */
export interface UiAnswers {
  /** Input box answers chosen by prompt/title/placeholder text (first regex that matches wins). */
  input?: [RegExp, string][];
  /** Quick-pick items preferred by label/description/detail (first regex that matches any item wins). */
  pick?: RegExp[];
}

/** What the stubbed UI saw. */
export interface UiLog {
  prompts: string[];
  picks: string[];
  messages: string[];
}

type Win = Record<string, unknown>;

/**
 * Replaces `showInputBox`, `showQuickPick`, `showOpenDialog`, `showWorkspaceFolderPick` and the message
 * functions on the `vscode.window` object (the extension and these tests share it: both load from the
 * extension folder, and the extension host hands one API object per extension). Returns the log and restore.
 */
export function stubUi(answers: UiAnswers): { log: UiLog; restore: () => void } {
  const win = vscode.window as unknown as Win;
  const saved = new Map<string, unknown>();
  const log: UiLog = { prompts: [], picks: [], messages: [] };
  const set = (name: string, fn: unknown) => { saved.set(name, win[name]); win[name] = fn; };
  set('showInputBox', async (o?: vscode.InputBoxOptions) => {
    const text = [o?.title, o?.prompt, o?.placeHolder].filter(Boolean).join(' | ');
    log.prompts.push(text);
    const hit = answers.input?.find(([re]) => re.test(text));
    return hit ? hit[1] : o?.value ?? 'itest';
  });
  set('showQuickPick', async (itemsIn: unknown, o?: vscode.QuickPickOptions) => {
    const items = (await itemsIn) as (string | vscode.QuickPickItem)[];
    const text = (i: string | vscode.QuickPickItem) => (typeof i === 'string' ? i : [i.label, i.description, i.detail].join(' '));
    log.picks.push(`${o?.title ?? o?.placeHolder ?? ''}: ${items.map(text).join(' / ')}`);
    const re = answers.pick?.find((r) => items.some((i) => r.test(text(i))));
    const chosen = re ? items.find((i) => re.test(text(i))) : items[0];
    return o?.canPickMany ? [chosen] : chosen;
  });
  set('showOpenDialog', async () => [vscode.workspace.workspaceFolders![0].uri]);
  set('showWorkspaceFolderPick', async () => vscode.workspace.workspaceFolders![0]);
  for (const m of ['showInformationMessage', 'showWarningMessage', 'showErrorMessage']) {
    set(m, async (msg: string) => { log.messages.push(`${m}: ${msg}`); return undefined; });
  }
  return { log, restore: () => saved.forEach((fn, name) => { win[name] = fn; }) };
}

/**
 * Runs Check Engagement with the message functions stubbed: the command awaits its summary notification
 * ("Show Problems"), which would otherwise block until a person dismisses it.
 */
export async function checkNow(): Promise<string[]> {
  const ui = stubUi({});
  try {
    await vscode.commands.executeCommand('presales.checkEngagement');
  } finally { ui.restore(); }
  return ui.log.messages;
}
