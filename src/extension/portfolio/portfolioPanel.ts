import * as vscode from 'vscode';
import { buildGapLog, buildIdIndex, buildPortfolio, definitionsOf, engagementFacts, evaluateByPerson } from '../../core';
import type { PortfolioHostMessage, PortfolioViewModel } from '../../webview/portfolio/protocol';
import { displayLanguageOf } from '../displayLanguage';
import { localToday } from '../localToday';
import { ReadyPage } from '../readyPage';
import { registerSingletonPanel } from '../singletonPanel';
import type { EngagementState, EngagementStoreApi } from '../storeApi';
import { toVsRange } from '../vsRange';
import { serveWebviewPage } from '../webviewPage';
import { validatePortfolioMessage } from './portfolioMessages';
import { portfolioViewModel } from './portfolioModel';
import { portfolioStrings } from './portfolioStrings';

/** The webview panel type of the portfolio. */
export const PORTFOLIO_PANEL_TYPE = 'presales.portfolio';

/** Store changes arrive in bursts (a discovery re-checks many engagements). */
const UPDATE_DELAY_MS = 500;

/**
 * "Presales: Portfolio" in an editor tab: every engagement of the workspace as a sortable, filterable row,
 * pipeline by stage, 售前考评 per person and the product-gap log, computed from the store's checked
 * engagements (core/team) and refreshed when it re-checks. A row opens its engagement.yaml. The same CSP,
 * nonce and typed, validated messages as the sidebar.
 */
export class PortfolioPanel implements vscode.Disposable {
  private readonly page: ReadyPage<PortfolioHostMessage>;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly lang = displayLanguageOf(vscode.env.language);

  constructor(readonly panel: vscode.WebviewPanel, extensionUri: vscode.Uri, private readonly store: EngagementStoreApi, private readonly gone: () => void, private readonly today: () => string = localToday) {
    serveWebviewPage(panel.webview, extensionUri, { script: 'portfolio.js', styles: ['table.css', 'portfolio.css'], lang: this.lang });
    this.page = new ReadyPage(panel, UPDATE_DELAY_MS, () => ({ type: 'update', model: this.model() }));
    this.disposables.push(
      this.page,
      panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
      store.onDidChange(() => this.page.schedule()),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  /** The view model of the whole workspace now (one digest per checked engagement, then the team views). */
  model(): PortfolioViewModel {
    const today = this.today();
    const states = this.store.all();
    // Folder-relative roots repeat across workspace folders; the digest keeps the store key as its root.
    const facts = states.map((s) => ({ ...engagementFacts(s.engagement, s.findings, today), root: s.key }));
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    const label = new Map(states.map((s) => [s.key, multiRoot ? `${s.folder.name}/${s.engagement.root}` : s.engagement.root || '.']));
    const model = portfolioViewModel(buildPortfolio(facts, { today }), evaluateByPerson(facts), buildGapLog(facts), (key) => key, this.lang, (m) => vscode.l10n.t(m));
    for (const r of model.rows) r.folder = label.get(r.key) ?? r.folder;
    for (const g of model.gaps) for (const q of g.requirements) q.label = `${label.get(q.key) ?? q.key} ${q.requirement}`;
    return model;
  }

  /** Handles one message from the page (public for tests); anything the validator rejects is dropped. */
  async receive(raw: unknown): Promise<void> {
    const msg = validatePortfolioMessage(raw, (key) => this.store.all().some((s) => s.key === key));
    if (!msg) return;
    if (msg.type === 'ready') return this.page.answerReady({ type: 'snapshot', model: this.model(), strings: portfolioStrings((m) => vscode.l10n.t(m)) });
    const state = this.store.all().find((s) => s.key === msg.key)!;
    if (msg.type === 'openRequirement') return this.openRequirement(state, msg.requirement);
    const doc = await vscode.workspace.openTextDocument(this.store.uriOf(state, state.engagement.file.path));
    await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    this.store.setActive(state.key);
  }

  /** Opens a gap's requirement at its `id` in requirements.yaml (the id index's definition); nothing when it is gone. */
  private async openRequirement(state: EngagementState, requirement: string): Promise<void> {
    const [site] = definitionsOf(buildIdIndex(state.engagement), 'requirement', requirement);
    if (!site) return;
    const doc = await vscode.workspace.openTextDocument(this.store.uriOf(state, site.file));
    const range = toVsRange(site.range);
    // `selection` also reveals it; beside the panel, so the gap log stays in view.
    await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.Beside, selection: range });
    this.store.setActive(state.key);
  }

  dispose(): void {
    this.disposables.splice(0).forEach((d) => d.dispose());
    this.gone();
  }
}

/** Registers `presales.openPortfolio`: opens (or reveals) the portfolio panel and returns it. */
export function registerPortfolioPanel(context: vscode.ExtensionContext, store: EngagementStoreApi): vscode.Disposable {
  return registerSingletonPanel(context, 'presales.openPortfolio', {
    viewType: PORTFOLIO_PANEL_TYPE,
    title: () => vscode.l10n.t('Presales: Portfolio'),
    options: { enableScripts: true, enableCommandUris: false },
  }, (panel, gone) => new PortfolioPanel(panel, context.extensionUri, store, gone));
}
