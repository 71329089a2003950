/**
 * Portfolio panel entry (bundled to dist/portfolio.js): wires host messages, the tab / sort / filter state (kept
 * in the webview's saved state) and the renderer. Nothing from the network, no custom elements.
 */
import { PORTFOLIO_ONLY, PORTFOLIO_SORTS, PORTFOLIO_TABS, type PortfolioHostMessage, type PortfolioStringKey, type PortfolioViewModel, type PortfolioWebviewMessage } from './protocol';
import { onHostMessage } from '../hostMessages';
import { rerenderKeepingFocus } from '../keepFocus';
import { vsCodeApi } from '../vscodeApi';
import { renderPortfolio, type PortfolioUi } from './renderPortfolio';

const vscode = vsCodeApi<PortfolioWebviewMessage, Partial<PortfolioUi>>();
const saved = vscode.getState() ?? {};
// The saved state came from the page itself, but is read like anything else: only known values.
let ui: PortfolioUi = {
  tab: (PORTFOLIO_TABS as readonly string[]).includes(saved.tab ?? '') ? saved.tab! : 'engagements',
  sort: (PORTFOLIO_SORTS as readonly string[]).includes(saved.sort ?? '') ? saved.sort! : 'stage',
  descending: saved.descending === true,
  filter: typeof saved.filter === 'string' ? saved.filter.slice(0, 200) : '',
  only: (PORTFOLIO_ONLY as readonly string[]).includes(saved.only ?? '') ? saved.only! : 'all',
};
let strings: Partial<Record<PortfolioStringKey, string>> = {};
let model: PortfolioViewModel | undefined;
const root = document.getElementById('root')!;

function render(): void {
  // Re-rendering replaces the tree; keep keyboard focus (and the caret in the filter) where it was.
  rerenderKeepingFocus(root, 'focus', () => root.replaceChildren(renderPortfolio({
    doc: document,
    s: (key) => strings[key] ?? key,
    ui,
    onUi: (next) => { ui = next; vscode.setState(ui); render(); },
    onOpen: (key) => vscode.postMessage({ type: 'open', key }),
    onOpenRequirement: (key, requirement) => vscode.postMessage({ type: 'openRequirement', key, requirement }),
  }, model)));
}

onHostMessage<PortfolioHostMessage>(window, (msg) => {
  if (msg.type === 'snapshot') strings = msg.strings;
  model = msg.model;
  render();
});

vscode.postMessage({ type: 'ready' });
