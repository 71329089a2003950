/**
 * Runs `rerender` (which replaces what is inside `root`) and gives keyboard focus back to the control that
 * had it, found again by its `data-<key>` attribute: replacing the tree would otherwise drop the focus. A text
 * field gets its caret back too (the portfolio's filter re-renders at each keystroke).
 */
export function rerenderKeepingFocus(root: HTMLElement, key: 'focus' | 'where', rerender: () => void): void {
  const doc = root.ownerDocument;
  const active = doc.activeElement as HTMLElement | null;
  const focused = active?.dataset?.[key];
  const caret = active?.tagName === 'INPUT' ? (active as HTMLInputElement).selectionStart : null;
  rerender();
  if (!focused) return;
  const again = root.querySelector<HTMLElement>(`[data-${key}="${doc.defaultView!.CSS.escape(focused)}"]`);
  again?.focus();
  if (caret !== null && again?.tagName === 'INPUT') (again as HTMLInputElement).setSelectionRange(caret, caret);
}
