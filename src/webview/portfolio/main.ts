/**
 * Portfolio panel entry (bundled to dist/portfolio.js): wires host messages, the tab / sort / filter state (kept
 * in the webview's saved state) and the renderer. Nothing from the network, no custom elements.
 */
import { PORTFOLIO_SORTS, PORTFOLIO_TABS, type PortfolioHostMessage, type PortfolioStringKey, type PortfolioViewModel, type PortfolioWebviewMessage } from './protocol';
import { renderPortfolio, type PortfolioUi } from './renderPortfolio';

interface VsCodeApi {
  postMessage(msg: PortfolioWebviewMessage): void;
  getState(): Partial<PortfolioUi> | undefined;
  setState(state: PortfolioUi): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const saved = vscode.getState() ?? {};
// The saved state came from the page itself, but is read like anything else: only known values.
let ui: PortfolioUi = {
  tab: (PORTFOLIO_TABS as readonly string[]).includes(saved.tab ?? '') ? saved.tab! : 'engagements',
  sort: (PORTFOLIO_SORTS as readonly string[]).includes(saved.sort ?? '') ? saved.sort! : 'stage',
  descending: saved.descending === true,
  filter: typeof saved.filter === 'string' ? saved.filter.slice(0, 200) : '',
};
let strings: Partial<Record<PortfolioStringKey, string>> = {};
let model: PortfolioViewModel | undefined;
const root = document.getElementById('root')!;

function render(): void {
  // Re-rendering replaces the tree; keep keyboard focus (and the caret in the filter) where it was.
  const active = document.activeElement as HTMLElement | null;
  const focused = active?.dataset?.focus;
  const caret = active instanceof HTMLInputElement ? active.selectionStart : null;
  root.replaceChildren(renderPortfolio({
    doc: document,
    s: (key) => strings[key] ?? key,
    ui,
    onUi: (next) => { ui = next; vscode.setState(ui); render(); },
    onOpen: (key) => vscode.postMessage({ type: 'open', key }),
  }, model));
  const again = focused ? root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focused)}"]`) : null;
  again?.focus();
  if (again instanceof HTMLInputElement && caret !== null) again.setSelectionRange(caret, caret);
}

window.addEventListener('message', (event: MessageEvent<PortfolioHostMessage>) => {
  const msg = event.data;
  if (!msg || typeof msg !== 'object') return;
  if (msg.type === 'snapshot') strings = msg.strings;
  else if (msg.type !== 'update') return;
  model = msg.model;
  render();
});

vscode.postMessage({ type: 'ready' });
