/**
 * A small, honest stand-in for the `vscode` module: only what src/extension uses, behaving like the real
 * API where tests look (URIs, ranges, diagnostics, events, tree items). Loaded in place of `vscode` by
 * useFakeVscode.ts. Tests configure it through `fake` (folders, files, settings, collections).
 */

/** A URI: scheme, authority, path, query, fragment (no percent-encoding subtleties). */
export class Uri {
  private constructor(readonly scheme: string, readonly authority: string, readonly path: string, readonly query = '', readonly fragment = '') {}

  static parse(value: string): Uri {
    const m = /^([a-zA-Z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(value);
    if (!m) throw new Error(`bad uri ${value}`);
    return new Uri(m[1], m[2] ?? '', m[3], m[4] ?? '', m[5] ?? '');
  }

  static file(path: string): Uri {
    return new Uri('file', '', path);
  }

  static joinPath(base: Uri, ...segments: string[]): Uri {
    const path = [base.path.replace(/\/+$/, ''), ...segments].join('/');
    return new Uri(base.scheme, base.authority, path);
  }

  with(change: { path?: string }): Uri {
    return new Uri(this.scheme, this.authority, change.path ?? this.path, this.query, this.fragment);
  }

  toString(): string {
    const auth = this.authority || this.scheme === 'file' ? `//${this.authority}` : '';
    return `${this.scheme}:${auth}${this.path}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
    this.start = new Position(startLine, startCharacter);
    this.end = new Position(endLine, endCharacter);
  }
}

export enum DiagnosticSeverity { Error = 0, Warning = 1, Information = 2, Hint = 3 }

export class Diagnostic {
  source?: string;
  code?: string | number | { value: string | number; target: Uri };
  constructor(readonly range: Range, readonly message: string, readonly severity: DiagnosticSeverity = DiagnosticSeverity.Error) {}
}

export class Disposable {
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  constructor(private readonly fn: () => void = () => undefined) {}
  dispose(): void {
    this.fn();
  }
}

type Listener<T> = (e: T) => unknown;

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
  };
  fire(e: T): void {
    [...this.listeners].forEach((l) => l(e));
  }
  dispose(): void {
    this.listeners = [];
  }
}

export enum TreeItemCollapsibleState { None = 0, Collapsed = 1, Expanded = 2 }

export class ThemeColor {
  constructor(readonly id: string) {}
}

export class ThemeIcon {
  constructor(readonly id: string, readonly color?: ThemeColor) {}
}

export class TreeItem {
  id?: string;
  description?: string;
  tooltip?: string;
  iconPath?: ThemeIcon;
  contextValue?: string;
  command?: { command: string; title: string; arguments?: unknown[] };
  resourceUri?: Uri;
  constructor(readonly label: string, readonly collapsibleState: TreeItemCollapsibleState = TreeItemCollapsibleState.None) {}
}

export enum FileType { Unknown = 0, File = 1, Directory = 2, SymbolicLink = 64 }
export enum StatusBarAlignment { Left = 1, Right = 2 }
export enum UIKind { Desktop = 1, Web = 2 }

/** A DiagnosticCollection over a map, readable by tests. */
export class FakeDiagnosticCollection {
  readonly entries = new Map<string, { uri: Uri; diagnostics: Diagnostic[] }>();
  constructor(readonly name: string) {}
  set(uri: Uri, diagnostics: Diagnostic[]): void {
    if (diagnostics.length) this.entries.set(uri.toString(), { uri, diagnostics });
    else this.entries.delete(uri.toString());
  }
  get(uri: Uri): Diagnostic[] | undefined {
    return this.entries.get(uri.toString())?.diagnostics;
  }
  delete(uri: Uri): void {
    this.entries.delete(uri.toString());
  }
  clear(): void {
    this.entries.clear();
  }
  dispose(): void {
    this.clear();
  }
}

/** `{0}`-style formatting, as `vscode.l10n.t` does: English, or through `fake.l10nBundle` when a test sets one. */
export const l10n = {
  t: (message: string, ...args: unknown[]): string => (fake.l10nBundle?.[message] ?? message).replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m)),
};

/** What tests set and inspect. */
export const fake = {
  /** The runtime bundle `vscode.l10n.t` translates through (l10n/bundle.l10n.zh-cn.json for a Chinese session). */
  l10nBundle: undefined as Record<string, string> | undefined,
  settings: new Map<string, unknown>(),
  /** File contents by URI string; folders are implied by paths. */
  files: new Map<string, Uint8Array>(),
  shownMessages: [] as string[],
  /** Answers prompts (input boxes, quick picks, message buttons); default: cancel. Used by command tests. */
  answer: (() => undefined) as (kind: 'input' | 'pick' | 'message' | 'save', text: string, items?: unknown[], meta?: QuickInputMeta) => unknown,
  /** Makes `workspace.applyEdit` return false without writing, as VS Code does when an edit cannot be applied. */
  failApplyEdit: false,
  executed: [] as { command: string; args: unknown[] }[],
  shownDocuments: [] as string[],
  /** Documents shown with a selection: which line the editor was asked to reveal. */
  shownSelections: [] as { uri: string; line: number }[],
  codeActionProviders: [] as unknown[],
  /** The options of every `window.withProgress` call, in order. */
  progress: [] as unknown[],
  commands: new Map<string, (...args: unknown[]) => unknown>(),
};

const entriesOf = (dir: Uri): [string, FileType][] => {
  const prefix = `${dir.toString().replace(/\/+$/, '')}/`;
  const out = new Map<string, FileType>();
  for (const key of fake.files.keys()) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const slash = rest.indexOf('/');
    out.set(slash === -1 ? rest : rest.slice(0, slash), slash === -1 ? FileType.File : FileType.Directory);
  }
  if (out.size === 0) throw new Error(`ENOENT ${dir.toString()}`);
  return [...out];
};

/** Edits recorded in order; `workspace.applyEdit` carries them out on `fake.files`. */
export class WorkspaceEdit {
  readonly ops: ({ type: 'create'; uri: Uri; options: { overwrite?: boolean; ignoreIfExists?: boolean; contents?: Uint8Array } } | { type: 'replace'; uri: Uri; range: Range; newText: string })[] = [];
  createFile(uri: Uri, options: { overwrite?: boolean; ignoreIfExists?: boolean; contents?: Uint8Array } = {}): void {
    this.ops.push({ type: 'create', uri, options });
  }
  replace(uri: Uri, range: Range, newText: string): void {
    this.ops.push({ type: 'replace', uri, range, newText });
  }
  insert(uri: Uri, position: Position, newText: string): void {
    this.replace(uri, new Range(position.line, position.character, position.line, position.character), newText);
  }
}

export class CodeActionKind {
  static readonly QuickFix = new CodeActionKind('quickfix');
  constructor(readonly value: string) {}
  contains(other: CodeActionKind): boolean {
    return other.value === this.value || other.value.startsWith(`${this.value}.`);
  }
}

export class CodeAction {
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  edit?: WorkspaceEdit;
  command?: { command: string; title: string; arguments?: unknown[] };
  constructor(readonly title: string, readonly kind?: CodeActionKind) {}
}

// Language features (src/extension/language/): plain carriers of what the providers return.
export class MarkdownString {
  constructor(readonly value = '') {}
}
export class Hover {
  constructor(readonly contents: MarkdownString, readonly range?: Range) {}
}
export class Location {
  constructor(readonly uri: Uri, readonly range: Range) {}
}
export enum CompletionItemKind { Property = 9, EnumMember = 19, Reference = 17 }
export class CompletionItem {
  insertText?: string;
  range?: Range;
  sortText?: string;
  filterText?: string;
  detail?: string;
  documentation?: string;
  constructor(readonly label: string, readonly kind?: CompletionItemKind) {}
}
export class CodeLens {
  constructor(readonly range: Range, readonly command?: { title: string; command: string; arguments?: unknown[] }) {}
}

const decode = (b: Uint8Array | undefined) => new TextDecoder().decode(b ?? new Uint8Array());
const offsetAt = (text: string, p: Position): number => {
  let line = 0;
  let i = 0;
  while (line < p.line && i < text.length) if (text[i++] === '\n') line++;
  return Math.min(text.length, i + p.character);
};

/** Applies a WorkspaceEdit all-or-nothing: a create over an existing file (without overwrite) fails it. */
async function applyEdit(edit: WorkspaceEdit): Promise<boolean> {
  if (fake.failApplyEdit) return false;
  const next = new Map(fake.files);
  for (const op of edit.ops) {
    const key = op.uri.toString();
    if (op.type === 'create') {
      if (next.has(key) && !op.options.overwrite) {
        if (op.options.ignoreIfExists) continue;
        return false;
      }
      next.set(key, op.options.contents ?? new Uint8Array());
    }
  }
  const byFile = new Map<string, { range: Range; newText: string }[]>();
  for (const op of edit.ops) if (op.type === 'replace') byFile.set(op.uri.toString(), [...(byFile.get(op.uri.toString()) ?? []), op]);
  for (const [key, ops] of byFile) {
    if (!next.has(key)) return false;
    const text = decode(next.get(key));
    const spans = ops.map((o) => ({ start: offsetAt(text, o.range.start), end: offsetAt(text, o.range.end), newText: o.newText })).sort((a, b) => b.start - a.start);
    let out = text;
    for (const sp of spans) out = out.slice(0, sp.start) + sp.newText + out.slice(sp.end);
    next.set(key, new TextEncoder().encode(out));
  }
  fake.files.clear();
  next.forEach((v, k) => fake.files.set(k, v));
  return true;
}

export const workspace = {
  isTrusted: true,
  applyEdit,
  openTextDocument: async (uri: Uri) => {
    const key = uri.toString();
    const virtual = contentProviders.get(uri.scheme);
    if (virtual) {
      const content = virtual.provideTextDocumentContent(uri) ?? '';
      return { uri, getText: () => content };
    }
    if (!fake.files.has(key)) throw new Error(`ENOENT ${key}`);
    return { uri, getText: () => decode(fake.files.get(key)) };
  },
  asRelativePath: (uri: Uri) => {
    const root = workspace.workspaceFolders?.[0]?.uri.path.replace(/\/+$/, '');
    return root && uri.path.startsWith(`${root}/`) ? uri.path.slice(root.length + 1) : uri.path;
  },
  workspaceFolders: undefined as { uri: Uri; name: string; index: number }[] | undefined,
  textDocuments: [] as { uri: Uri; getText(): string }[],
  getConfiguration: (section: string) => ({
    get: <T>(key: string, fallback: T): T => (fake.settings.has(`${section}.${key}`) ? (fake.settings.get(`${section}.${key}`) as T) : fallback),
  }),
  fs: {
    readDirectory: async (uri: Uri) => entriesOf(uri),
    readFile: async (uri: Uri) => {
      const f = fake.files.get(uri.toString());
      if (!f) throw new Error(`ENOENT ${uri.toString()}`);
      return f;
    },
    writeFile: async (uri: Uri, content: Uint8Array) => {
      fake.files.set(uri.toString(), content);
    },
    stat: async (uri: Uri) => {
      const f = fake.files.get(uri.toString());
      if (f) return { size: f.byteLength, type: FileType.File };
      const prefix = `${uri.toString().replace(/\/+$/, '')}/`;
      if ([...fake.files.keys()].some((k) => k.startsWith(prefix))) return { size: 0, type: FileType.Directory };
      throw new Error(`ENOENT ${uri.toString()}`);
    },
  },
};

export const languages = {
  createDiagnosticCollection: (name: string) => new FakeDiagnosticCollection(name),
  registerCodeActionsProvider: (_selector: unknown, provider: unknown) => {
    fake.codeActionProviders.push(provider);
    return new Disposable(() => (fake.codeActionProviders = fake.codeActionProviders.filter((p) => p !== provider)));
  },
};

export const env = {
  language: 'en',
  uiKind: UIKind.Web as UIKind,
  remoteName: undefined as string | undefined,
  openExternal: async (uri: Uri) => {
    fake.executed.push({ command: 'openExternal', args: [uri.toString()] });
    return true;
  },
};

const message = async (text: string, ...rest: unknown[]) => {
  fake.shownMessages.push(text);
  return fake.answer('message', text, rest.filter((r) => typeof r === 'string'));
};

export const window = {
  withProgress: async <T>(options: unknown, task: (progress: { report(value: unknown): void }, token: { isCancellationRequested: boolean }) => Promise<T>): Promise<T> => {
    fake.progress.push(options);
    return task({ report: () => undefined }, { isCancellationRequested: false });
  },
  showInformationMessage: message,
  showWarningMessage: message,
  showErrorMessage: message,
  showInputBox: async (o?: { title?: string; prompt?: string; value?: string; validateInput?: (v: string) => unknown }) => {
    const answer = fake.answer('input', o?.title ?? o?.prompt ?? '');
    if (typeof answer === 'string' && o?.validateInput && (await o.validateInput(answer))) return undefined;
    return answer;
  },
  showQuickPick: async (items: unknown, o?: { title?: string; placeHolder?: string }) => fake.answer('pick', o?.title ?? o?.placeHolder ?? '', (await items) as unknown[]),
  showWorkspaceFolderPick: async () => workspace.workspaceFolders?.[0],
  showSaveDialog: async (o?: { title?: string; defaultUri?: Uri }) => fake.answer('save', o?.title ?? '', o?.defaultUri ? [o.defaultUri] : []),
  showTextDocument: async (docOrUri: { uri?: Uri } | Uri, options?: { selection?: Range }) => {
    const uri = docOrUri instanceof Uri ? docOrUri : docOrUri.uri!;
    fake.shownDocuments.push(uri.toString());
    if (options?.selection) fake.shownSelections.push({ uri: uri.toString(), line: options.selection.start.line });
    return {};
  },
};

export const commands = {
  executeCommand: async (command: string, ...args: unknown[]) => {
    fake.executed.push({ command, args });
    return fake.commands.get(command)?.(...args);
  },
  registerCommand: (id: string, fn: (...args: unknown[]) => unknown) => {
    fake.commands.set(id, fn);
    return new Disposable(() => fake.commands.delete(id));
  },
};

// --- Quick inputs (createQuickPick / createInputBox), as multi-step commands use them ---

export enum QuickPickItemKind { Separator = -1, Default = 0 }

/** The Back button VS Code puts on a multi-step input. */
export const QuickInputButtons = { Back: { iconPath: new ThemeIcon('arrow-left'), tooltip: 'Back' } };

/** What `fake.answer` may return for a quick input to press its Back button. */
export const BACK_BUTTON = Symbol('back');

/** Step counter, pre-filled value and buttons of the quick input being answered (the 4th `fake.answer` argument). */
export interface QuickInputMeta {
  step?: number;
  totalSteps?: number;
  value: string;
  prompt?: string;
  placeholder?: string;
  buttons: unknown[];
  canSelectMany?: boolean;
  activeItems?: unknown[];
  selectedItems?: unknown[];
}

/** Every quick input shown, in order (title, step counter, pre-filled value), for tests to inspect. */
export const quickInputs: (QuickInputMeta & { kind: 'input' | 'pick'; title: string })[] = [];

/** Validation messages an input box showed on an answer it did not accept. */
export const validationMessages: string[] = [];

abstract class FakeQuickInput {
  title?: string;
  step?: number;
  totalSteps?: number;
  placeholder?: string;
  value = '';
  buttons: unknown[] = [];
  ignoreFocusOut = false;
  enabled = true;
  busy = false;
  protected hidden = true;
  private readonly accept = new EventEmitter<void>();
  private readonly hide_ = new EventEmitter<void>();
  private readonly button = new EventEmitter<unknown>();
  private readonly changeValue = new EventEmitter<string>();
  readonly onDidAccept = this.accept.event;
  readonly onDidHide = this.hide_.event;
  readonly onDidTriggerButton = this.button.event;
  readonly onDidChangeValue = this.changeValue.event;

  protected abstract meta(): QuickInputMeta & { kind: 'input' | 'pick'; title: string };
  /** Applies an answer before Enter is fired (the value typed, or the rows picked). */
  protected abstract take(answer: unknown): void;

  show(): void {
    this.hidden = false;
    queueMicrotask(() => {
      const meta = this.meta();
      quickInputs.push(meta);
      const answer = fake.answer(meta.kind, meta.title, meta.kind === 'pick' ? (meta as unknown as { items: unknown[] }).items : undefined, meta);
      if (answer === BACK_BUTTON) return this.button.fire(QuickInputButtons.Back);
      if (answer === undefined) return this.hide();
      this.take(answer);
      this.accept.fire();
      // An input that stays open after Enter refused the answer (its validation message shows): the tester cancels.
      if (!this.hidden) {
        const message = (this as unknown as { validationMessage?: string }).validationMessage;
        if (message) validationMessages.push(message);
        this.hide();
      }
    });
  }

  protected fireChange(value: string): void {
    this.changeValue.fire(value);
  }

  hide(): void {
    if (this.hidden) return;
    this.hidden = true;
    this.hide_.fire();
  }

  dispose(): void {
    this.hide();
  }
}

export class FakeInputBox extends FakeQuickInput {
  prompt?: string;
  validationMessage?: string;
  password = false;
  protected meta() {
    return { kind: 'input' as const, title: this.title ?? this.prompt ?? '', step: this.step, totalSteps: this.totalSteps, value: this.value, prompt: this.prompt, placeholder: this.placeholder, buttons: this.buttons };
  }
  protected take(answer: unknown): void {
    this.value = String(answer);
    this.fireChange(this.value);
  }
}

export class FakeQuickPick<T> extends FakeQuickInput {
  items: readonly T[] = [];
  canSelectMany = false;
  matchOnDescription = false;
  matchOnDetail = false;
  activeItems: readonly T[] = [];
  selectedItems: readonly T[] = [];
  protected meta() {
    return {
      kind: 'pick' as const, title: this.title ?? this.placeholder ?? '', step: this.step, totalSteps: this.totalSteps, value: this.value, placeholder: this.placeholder,
      buttons: this.buttons, canSelectMany: this.canSelectMany, activeItems: [...this.activeItems], selectedItems: [...this.selectedItems], items: [...this.items],
    };
  }
  protected take(answer: unknown): void {
    this.selectedItems = Array.isArray(answer) ? answer : [answer];
    this.activeItems = this.selectedItems;
  }
}

Object.assign(window, {
  createInputBox: () => new FakeInputBox(),
  createQuickPick: <T>() => new FakeQuickPick<T>(),
});

// --- Virtual documents (read-only providers) ---

/** Providers registered with `workspace.registerTextDocumentContentProvider`, by scheme. */
export const contentProviders = new Map<string, { provideTextDocumentContent(uri: Uri): string | undefined }>();

Object.assign(workspace, {
  registerTextDocumentContentProvider: (scheme: string, provider: { provideTextDocumentContent(uri: Uri): string | undefined }) => {
    contentProviders.set(scheme, provider);
    return new Disposable(() => contentProviders.delete(scheme));
  },
});
