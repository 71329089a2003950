/**
 * Compliance-matrix panel entry (bundled to dist/matrix.js): wires host messages, the filter (kept in the
 * webview's saved state) and the renderer. Only the elements we use are imported; nothing from the network.
 */
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import { MATRIX_FILTERS, type MatrixFilter, type MatrixHostMessage, type MatrixModel, type MatrixStringKey, type MatrixWebviewMessage } from './protocol';
import { renderMatrix } from './renderMatrix';

interface SavedState {
  filter?: MatrixFilter;
}
interface VsCodeApi {
  postMessage(msg: MatrixWebviewMessage): void;
  getState(): SavedState | undefined;
  setState(state: SavedState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const savedFilter = vscode.getState()?.filter;
let filter: MatrixFilter = savedFilter && (MATRIX_FILTERS as readonly string[]).includes(savedFilter) ? savedFilter : 'all';
let strings: Partial<Record<MatrixStringKey, string>> = {};
let model: MatrixModel | undefined;
const root = document.getElementById('root')!;

function render(): void {
  // A live update replaces the tree; keep keyboard focus on the same link when it still exists.
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.where;
  root.replaceChildren(renderMatrix({
    doc: document,
    s: (key) => strings[key] ?? key,
    filter,
    onFilter: (f) => { filter = f; vscode.setState({ filter }); render(); },
    onOpen: (link) => model && vscode.postMessage({ type: 'open', key: model.key, file: link.file, range: link.range }),
  }, model));
  if (focused) root.querySelector<HTMLElement>(`[data-where="${CSS.escape(focused)}"]`)?.focus();
}

window.addEventListener('message', (event: MessageEvent<MatrixHostMessage>) => {
  const msg = event.data;
  if (!msg || typeof msg !== 'object') return;
  if (msg.type === 'snapshot') strings = msg.strings;
  else if (msg.type !== 'update') return;
  model = msg.model;
  render();
});

vscode.postMessage({ type: 'ready' });
