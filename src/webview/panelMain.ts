/**
 * Editor-area dashboard entry (bundled to dist/dashboardPanel.js): wires host messages, the saved state (for the
 * serializer) and the renderers. No custom elements, nothing from the network.
 */
import type { EngagementOption, PanelHostMessage, PanelModel, PanelStringKey, WebviewMessage, WebviewSavedState } from './protocol';
import { renderPanel } from './render/renderPanel';
import { stringLookup } from './render/renderContext';
import { onHostMessage } from './hostMessages';
import { rerenderKeepingFocus } from './keepFocus';
import { vsCodeApi } from './vscodeApi';

const vscode = vsCodeApi<WebviewMessage, WebviewSavedState>();
const saved: WebviewSavedState = { collapsed: {}, ...vscode.getState() };
const root = document.getElementById('root')!;
let strings: Record<string, string> = {};
let engagements: EngagementOption[] = [];
let model: PanelModel | undefined;

function render(): void {
  const open = new Set([...root.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.querySelector('summary')?.dataset.focus));
  const ctx = {
    doc: document, s: stringLookup(strings), p: (k: PanelStringKey) => strings[k] ?? k,
    post: (m: WebviewMessage) => vscode.postMessage(m), locale: document.documentElement.lang || 'en',
  };
  rerenderKeepingFocus(root, 'focus', () => {
    root.replaceChildren(renderPanel(ctx, model, engagements, (key) => vscode.postMessage({ type: 'pickEngagement', key })));
    // Unfolded stakeholder groups stay unfolded across updates.
    for (const s of root.querySelectorAll<HTMLElement>('details > summary')) if (open.has(s.dataset.focus)) (s.parentElement as HTMLDetailsElement).open = true;
  });
}

onHostMessage<PanelHostMessage>(window, (msg) => {
  if (msg.type === 'snapshot') {
    strings = msg.strings;
    engagements = msg.engagements;
  }
  model = msg.state;
  vscode.setState({ collapsed: saved.collapsed, ...(model ? { key: model.key } : saved.key ? { key: saved.key } : {}) });
  render();
});

vscode.postMessage(saved.key ? { type: 'ready', key: saved.key } : { type: 'ready' });
