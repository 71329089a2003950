/**
 * DOM building for the dashboard. Text goes in through `textContent` only and attributes through
 * `setAttribute` with fixed names, so data (a stakeholder called `<img onerror=…>`) can never become markup.
 */

/** Options of `el`: class, text, attributes (never `style` or `on*`: CSP and safety). */
export interface ElOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string | undefined>;
}

/** Creates an element with text and attributes, then appends children. */
export function el(doc: Document, tag: string, opts: ElOptions = {}, ...children: (Node | undefined)[]): HTMLElement {
  const e = doc.createElement(tag);
  if (opts.className) e.className = opts.className;
  if (opts.text !== undefined) e.textContent = opts.text;
  for (const [name, value] of Object.entries(opts.attrs ?? {})) {
    if (value === undefined) continue;
    if (name === 'style' || /^on/i.test(name)) throw new Error(`el: refusing attribute ${name}`);
    e.setAttribute(name, value);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

/** Fills `{0}`, `{1}`… of a host-sent template. */
export function fmt(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

/** Joins a list with the host's `list.pair` template (`{0}, {1}`; `{0}、{1}` in Chinese), never a fixed ASCII comma. */
export function listText(pair: string, items: readonly string[]): string {
  return items.length === 0 ? '' : items.reduce((a, b) => fmt(pair, a, b));
}

/** A native button (keyboard reachable, Enter/Space) that runs `onClick`. */
export function button(doc: Document, opts: ElOptions, onClick: () => void, ...children: (Node | undefined)[]): HTMLElement {
  const b = el(doc, 'button', { ...opts, attrs: { type: 'button', ...opts.attrs } }, ...children);
  b.addEventListener('click', (ev) => {
    ev.stopPropagation();
    onClick();
  });
  return b;
}
