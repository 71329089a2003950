/**
 * Runs `rerender` (which replaces what is inside `root`) and gives keyboard focus back to the control that
 * had it, found again by its `data-<key>` attribute: replacing the tree would otherwise drop the focus.
 */
export function rerenderKeepingFocus(root: HTMLElement, key: 'focus' | 'where', rerender: () => void): void {
  const doc = root.ownerDocument;
  const focused = (doc.activeElement as HTMLElement | null)?.dataset?.[key];
  rerender();
  if (focused) root.querySelector<HTMLElement>(`[data-${key}="${doc.defaultView!.CSS.escape(focused)}"]`)?.focus();
}
