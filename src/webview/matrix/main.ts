/**
 * Compliance-matrix panel entry (bundled to dist/matrix.js): wires host messages, the filter (kept in the
 * webview's saved state) and the renderer. Only the elements we use are imported; nothing from the network.
 */
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import { MATRIX_FILTERS, type MatrixFilter, type MatrixHostMessage, type MatrixModel, type MatrixStringKey, type MatrixWebviewMessage } from './protocol';
import { onHostMessage } from '../hostMessages';
import { rerenderKeepingFocus } from '../keepFocus';
import { vsCodeApi } from '../vscodeApi';
import { renderMatrix } from './renderMatrix';

interface SavedState {
  filter?: MatrixFilter;
}
const vscode = vsCodeApi<MatrixWebviewMessage, SavedState>();
const savedFilter = vscode.getState()?.filter;
let filter: MatrixFilter = savedFilter && (MATRIX_FILTERS as readonly string[]).includes(savedFilter) ? savedFilter : 'all';
let strings: Partial<Record<MatrixStringKey, string>> = {};
let model: MatrixModel | undefined;
const root = document.getElementById('root')!;

function render(): void {
  // A live update replaces the tree; the link that had keyboard focus keeps it.
  rerenderKeepingFocus(root, 'where', () => root.replaceChildren(renderMatrix({
    doc: document,
    s: (key) => strings[key] ?? key,
    filter,
    onFilter: (f) => { filter = f; vscode.setState({ filter }); render(); },
    onOpen: (link) => model && vscode.postMessage({ type: 'open', key: model.key, file: link.file, range: link.range }),
  }, model)));
}

onHostMessage<MatrixHostMessage>(window, (msg) => {
  if (msg.type === 'snapshot') strings = msg.strings;
  model = msg.model;
  render();
});

vscode.postMessage({ type: 'ready' });
