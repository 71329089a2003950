import { Window } from 'happy-dom';
import { dashboardStrings } from '../../../src/extension/dashboard/dashboardStrings';
import type { DashboardModel, EngagementOption, WebviewMessage } from '../../../src/webview/protocol';
import { renderDashboard, type ViewState } from '../../../src/webview/render/renderDashboard';
import { stringLookup } from '../../../src/webview/render/renderContext';

/** The dashboard rendered into a happy-dom document, with the messages its controls posted. */
export interface Rendered {
  doc: Document;
  root: HTMLElement;
  posted: WebviewMessage[];
  close(): Promise<void>;
}

/** Renders a model as main.ts would (without the custom elements: they are plain unknown elements here). */
export function renderInDom(model: DashboardModel | undefined, opts: { engagements?: EngagementOption[]; t?: (m: string) => string; ui?: Partial<ViewState> } = {}): Rendered {
  const window = new Window();
  const doc = window.document as unknown as Document;
  const posted: WebviewMessage[] = [];
  const ctx = { doc, s: stringLookup(dashboardStrings(opts.t ?? ((m) => m))), post: (m: WebviewMessage) => posted.push(m), locale: model?.language ?? 'en' };
  const ui: ViewState = { collapsed: {}, onToggle: () => undefined, onSelectStage: () => undefined, onPick: () => undefined, ...opts.ui };
  const root = renderDashboard(ctx, model, opts.engagements ?? [], ui);
  doc.body.append(root);
  return { doc, root, posted, close: () => window.happyDOM.close() };
}
