/**
 * Sidebar dashboard entry (bundled to dist/webview.js): wires host messages, saved state and the
 * renderers. Only the elements we use are imported; no codicons, nothing from the network.
 */
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-collapsible/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import type { DashboardModel, EngagementOption, HostMessage, WebviewMessage, WebviewSavedState } from './protocol';
import { renderDashboard, type SectionId } from './render/renderDashboard';
import { stringLookup } from './render/renderContext';
import { onHostMessage } from './hostMessages';
import { rerenderKeepingFocus } from './keepFocus';
import { vsCodeApi } from './vscodeApi';

const vscode = vsCodeApi<WebviewMessage, WebviewSavedState>();
const saved: WebviewSavedState = { collapsed: {}, ...vscode.getState() };
const root = document.getElementById('root')!;
let strings: Record<string, string> = {};
let engagements: EngagementOption[] = [];
let model: DashboardModel | undefined;
let selectedStage: number | undefined;

function save(): void {
  vscode.setState({ collapsed: saved.collapsed, ...(model ? { key: model.key } : saved.key ? { key: saved.key } : {}) });
}

function render(): void {
  const ctx = { doc: document, s: stringLookup(strings), post: (m: WebviewMessage) => vscode.postMessage(m), locale: document.documentElement.lang || 'en' };
  rerenderKeepingFocus(root, 'focus', () => root.replaceChildren(renderDashboard(ctx, model, engagements, {
    collapsed: saved.collapsed as Partial<Record<SectionId, boolean>>,
    selectedStage,
    onToggle: (id, open) => { saved.collapsed[id] = !open; save(); },
    onSelectStage: (i) => { selectedStage = i; render(); },
    onPick: (key) => vscode.postMessage({ type: 'pickEngagement', key }),
  })));
}

onHostMessage<HostMessage>(window, (msg) => {
  if (msg.type === 'snapshot') {
    strings = msg.strings;
    engagements = msg.engagements;
  }
  if (model?.key !== msg.state?.key) selectedStage = undefined;
  model = msg.state;
  save();
  render();
});

vscode.postMessage(saved.key ? { type: 'ready', key: saved.key } : { type: 'ready' });
