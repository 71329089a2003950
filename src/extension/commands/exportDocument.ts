import * as vscode from 'vscode';
import { defaultExportName, errorTally, EXPORT_KINDS, exportFile, exportTimestamp, type Finding, hasExportSource, type ExportFormat, type ExportKind, textOf } from '../../core';
import { displayLanguageOf } from '../displayLanguage';
import { relativePath } from '../folderPaths';
import { WorkspaceFs } from '../workspaceFs';
import { argsOf, stringArg, type Command, type CommandServices } from './command';
import { resolveEngagement } from './engagementArg';
import { canWrite } from './writeGuard';

/** What each export is called in the pickers (runtime strings: l10n/parts/export.zh-cn.json). */
function kindLabel(what: ExportKind): string {
  switch (what) {
    case 'deviation-table':
      return vscode.l10n.t('Deviation table');
    case 'bid-summary':
      return vscode.l10n.t('Bid summary (开标一览表)');
    case 'solution':
      return vscode.l10n.t('Solution document');
    case 'pricing':
      return vscode.l10n.t('Price schedule');
    case 'matrix':
      return vscode.l10n.t('Compliance matrix');
  }
}

/**
 * `presales.export` ("Presales: Export…"): asks what to export, the format and where (a save dialog that
 * starts in `<engagement>/exports/` when that folder exists, else in the engagement's folder), writes through `vscode.workspace.fs` and opens the result. Refused in
 * untrusted workspaces and for targets outside the engagement's workspace folder. Arguments (`what`,
 * `format`, `uri`) skip the questions, for tests and other extensions; an existing target named by `uri`
 * is only replaced after a modal confirmation (the save dialog asks on its own).
 */
export function exportDocumentCommand(services: CommandServices): Command {
  return {
    id: 'presales.export',
    async execute(arg?: unknown) {
      if (!canWrite()) return undefined;
      const state = await resolveEngagement(services.store, arg);
      if (!state) return undefined;
      const args = argsOf(arg);
      const what = (EXPORT_KINDS as readonly string[]).includes(stringArg(args, 'what') ?? '') ? (stringArg(args, 'what') as ExportKind) : await pickKind(state.engagement);
      if (!what) return undefined;
      const formatArg = stringArg(args, 'format');
      const format: ExportFormat | undefined = formatArg === 'docx' || formatArg === 'html' ? formatArg : await pickFormat();
      if (!format) return undefined;
      const root = state.engagement.root;
      const name = defaultExportName(state.engagement, what, format);
      const exportsDir = root ? `${root}/exports` : 'exports';
      // A save dialog pointed at a folder that does not exist asks to create it; start where the files are instead.
      const startIn = (await exists(services.store.uriOf(state, exportsDir))) ? exportsDir : (root ?? '');
      const uriText = textOf(args.uri);
      const given = uriText !== undefined ? vscode.Uri.parse(uriText) : args.uri instanceof vscode.Uri ? args.uri : undefined;
      const target =
        given ??
        (await vscode.window.showSaveDialog({
          title: vscode.l10n.t('Export {0}', kindLabel(what)),
          defaultUri: services.store.uriOf(state, `${startIn}/${name}`),
          filters: format === 'docx' ? { [vscode.l10n.t('Word document')]: ['docx'] } : { [vscode.l10n.t('Web page')]: ['html'] },
          saveLabel: vscode.l10n.t('Export'),
        }));
      if (!target) return undefined;
      if (relativePath(state.folder.uri, target) === undefined) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Exports are written inside the workspace folder of the engagement; {0} is outside it.', target.fsPath || target.path));
        return undefined;
      }
      if (given && (await exists(target))) {
        const replace = vscode.l10n.t('Replace');
        const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace it?', target.fsPath || target.path), { modal: true }, replace);
        if (answer !== replace) return undefined;
      }
      const fs = new WorkspaceFs(state.folder.uri);
      const config = vscode.workspace.getConfiguration('presales.export', state.folder.uri);
      const fallbackTemplate = { docx: config.get<string>('docxTemplate') || undefined, css: config.get<string>('css') || undefined };
      // SOURCE_DATE_EPOCH makes exports reproducible; the browser host has no process environment.
      const epoch = typeof process !== 'undefined' ? process.env?.SOURCE_DATE_EPOCH : undefined;
      // The store may have let this engagement's Markdown bodies go (not open, not active): export reads them.
      const current = await services.store.loaded(state);
      const bytes = await exportFile(current.engagement, { what, format, timestamp: exportTimestamp(epoch, new Date()), fallbackTemplate }, (p) => fs.readFile(p).then(
        (b) => b,
        () => undefined,
      ));
      await vscode.workspace.fs.writeFile(target, bytes);
      warnOfErrors(current.findings);
      await openResult(target, format);
      return target;
    },
  };
}

async function pickKind(e: Parameters<typeof hasExportSource>[0]): Promise<ExportKind | undefined> {
  const items = EXPORT_KINDS.map((what) => ({
    label: kindLabel(what),
    description: hasExportSource(e, what) ? undefined : vscode.l10n.t('nothing to export yet'),
    what,
  }));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export what?') }))?.what;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: ExportFormat })[] = [
    { label: vscode.l10n.t('Word document (.docx)'), format: 'docx' },
    { label: vscode.l10n.t('Web page for printing (.html)'), description: vscode.l10n.t('A4, page numbers'), format: 'html' },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export as?') }))?.format;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * After the document is written: a warning naming how many errors the check still finds in the engagement and
 * their top codes, with a way to the Problems panel (a bid the checker knows to be void must not leave in silence).
 */
function warnOfErrors(findings: readonly Finding[]): void {
  const tally = errorTally(findings);
  if (tally.count === 0) return;
  const zh = displayLanguageOf(vscode.env.language) === 'zh-CN';
  const codes = tally.codes.join(zh ? '、' : ', ') + (tally.more ? (zh ? ' 等' : ', …') : '');
  const message = tally.count === 1
    ? vscode.l10n.t('1 error remains in this engagement ({0}) — fix it before handing the document over.', codes)
    : vscode.l10n.t('{0} errors remain in this engagement ({1}) — fix them before handing the document over.', tally.count, codes);
  const show = vscode.l10n.t('Show Problems');
  // Not awaited: the toast resolves only when dismissed; the export is done.
  void vscode.window.showWarningMessage(message, show).then((choice) => {
    if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}

/** On a desktop the system's app opens the file (Word, a browser); elsewhere (web, remote) a toast offers to open or reveal it. */
async function openResult(target: vscode.Uri, format: ExportFormat): Promise<void> {
  const local = target.scheme === 'file' && vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined;
  if (local) {
    await vscode.env.openExternal(target);
    return;
  }
  const reveal = vscode.l10n.t('Reveal in Explorer');
  const open = vscode.l10n.t('Open');
  // Not awaited: the command is done once the file is written; the toast stays for the user.
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}.', target.path.split('/').pop() ?? ''), format === 'html' ? open : reveal).then((choice) => {
    if (choice === open) void vscode.commands.executeCommand('vscode.open', target);
    if (choice === reveal) void vscode.commands.executeCommand('revealInExplorer', target);
  });
}
