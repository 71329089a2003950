/**
 * Editor-area dashboard entry (bundled to dist/dashboardPanel.js): wires host messages, the saved state (for the
 * serializer) and the renderers. No custom elements, nothing from the network.
 */
import type { EngagementOption, PanelHostMessage, PanelModel, PanelStringKey, WebviewMessage, WebviewSavedState } from './protocol';
import { renderPanel } from './render/renderPanel';
import { stringLookup } from './render/renderContext';

interface VsCodeApi {
  postMessage(msg: WebviewMessage): void;
  getState(): WebviewSavedState | undefined;
  setState(state: WebviewSavedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const saved: WebviewSavedState = { collapsed: {}, ...vscode.getState() };
const root = document.getElementById('root')!;
let strings: Record<string, string> = {};
let engagements: EngagementOption[] = [];
let model: PanelModel | undefined;

function render(): void {
  // Re-rendering replaces the tree; keep keyboard focus on the same control when it still exists.
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.focus;
  const open = new Set([...root.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.querySelector('summary')?.dataset.focus));
  const ctx = {
    doc: document, s: stringLookup(strings), p: (k: PanelStringKey) => strings[k] ?? k,
    post: (m: WebviewMessage) => vscode.postMessage(m), locale: document.documentElement.lang || 'en',
  };
  root.replaceChildren(renderPanel(ctx, model, engagements, (key) => vscode.postMessage({ type: 'pickEngagement', key })));
  // Unfolded stakeholder groups stay unfolded across updates.
  for (const s of root.querySelectorAll<HTMLElement>('details > summary')) if (open.has(s.dataset.focus)) (s.parentElement as HTMLDetailsElement).open = true;
  if (focused) root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focused)}"]`)?.focus();
}

window.addEventListener('message', (event: MessageEvent<PanelHostMessage>) => {
  const msg = event.data;
  if (!msg || typeof msg !== 'object') return;
  if (msg.type === 'snapshot') {
    strings = msg.strings;
    engagements = msg.engagements;
  } else if (msg.type !== 'update') {
    return;
  }
  model = msg.state;
  vscode.setState({ collapsed: saved.collapsed, ...(model ? { key: model.key } : saved.key ? { key: saved.key } : {}) });
  render();
});

vscode.postMessage(saved.key ? { type: 'ready', key: saved.key } : { type: 'ready' });
