import { Window } from 'happy-dom';
import { panelStrings } from '../../../src/extension/dashboardPanel/panelStrings';
import type { EngagementOption, PanelModel, PanelStringKey, WebviewMessage } from '../../../src/webview/protocol';
import { stringLookup } from '../../../src/webview/render/renderContext';
import { renderPanel } from '../../../src/webview/render/renderPanel';
import type { Rendered } from './renderHarness';

/** Renders the editor-area dashboard as panelMain.ts would, into a happy-dom document. */
export function renderPanelInDom(model: PanelModel | undefined, opts: { engagements?: EngagementOption[]; t?: (m: string) => string } = {}): Rendered & { picked: string[] } {
  const window = new Window();
  const doc = window.document as unknown as Document;
  const posted: WebviewMessage[] = [];
  const picked: string[] = [];
  const strings = panelStrings(opts.t ?? ((m) => m));
  const ctx = { doc, s: stringLookup(strings), p: (k: PanelStringKey) => strings[k] ?? k, post: (m: WebviewMessage) => posted.push(m), locale: model?.language ?? 'en' };
  const root = renderPanel(ctx, model, opts.engagements ?? [], (k) => picked.push(k));
  doc.body.append(root);
  return { doc, root, posted, picked, close: () => window.happyDOM.close() };
}
