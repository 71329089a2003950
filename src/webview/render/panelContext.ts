import type { PanelStringKey } from '../protocol';
import type { RenderContext } from './renderContext';

/** The sidebar's render context plus the editor-area dashboard's own strings. */
export interface PanelRenderContext extends RenderContext {
  /** A panel UI string (the key itself when the host sent none, so gaps are visible, never blank). */
  p(key: PanelStringKey): string;
}
