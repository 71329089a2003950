import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Window } from 'happy-dom';
import { onHostMessage } from '../../../src/webview/hostMessages';
import { rerenderKeepingFocus } from '../../../src/webview/keepFocus';

type Msg = { type: 'snapshot'; n: number } | { type: 'update'; n: number } | { type: 'other'; n: number };

describe('webview plumbing shared by the page entries', () => {
  it('onHostMessage hands over snapshot and update only, in order', async () => {
    const window = new Window();
    const got: string[] = [];
    onHostMessage<Msg>(window as unknown as globalThis.Window, (m) => got.push(`${m.type}:${m.n}`));
    for (const data of [{ type: 'snapshot', n: 1 }, null, 'update', { type: 'other', n: 2 }, { n: 3 }, { type: 'update', n: 4 }]) {
      window.dispatchEvent(new window.MessageEvent('message', { data }));
    }
    assert.deepEqual(got, ['snapshot:1', 'update:4']);
    await window.happyDOM.close();
  });

  it('rerenderKeepingFocus gives the focus back to the control with the same data- key', async () => {
    const window = new Window();
    const doc = window.document as unknown as Document;
    const root = doc.createElement('main');
    doc.body.append(root);
    const build = () => {
      const a = doc.createElement('button'); a.dataset.where = 'a-yaml';
      const b = doc.createElement('button'); b.dataset.where = 'b-yaml';
      root.replaceChildren(a, b);
    };
    build();
    root.querySelector<HTMLElement>('[data-where="b-yaml"]')!.focus();
    const before = doc.activeElement;
    rerenderKeepingFocus(root, 'where', build);
    assert.notEqual(doc.activeElement, before, 'the tree was replaced');
    assert.equal((doc.activeElement as HTMLElement).dataset.where, 'b-yaml');
    (root.firstElementChild as HTMLElement).focus();
    rerenderKeepingFocus(root, 'where', build);
    assert.equal((doc.activeElement as HTMLElement).dataset.where, 'a-yaml');
    // A key the new tree no longer has: focus is not forced anywhere.
    rerenderKeepingFocus(root, 'focus', build);
    assert.equal(doc.activeElement, doc.body);
    await window.happyDOM.close();
  });

  it('rerenderKeepingFocus gives a text field its caret back (the portfolio filter re-renders per keystroke)', async () => {
    const window = new Window();
    const doc = window.document as unknown as Document;
    const root = doc.createElement('main');
    doc.body.append(root);
    const build = () => {
      const input = doc.createElement('input'); input.type = 'search'; input.dataset.focus = 'filter'; input.value = 'acme his';
      const b = doc.createElement('button'); b.dataset.focus = 'open';
      root.replaceChildren(input, b);
    };
    build();
    const first = root.querySelector<HTMLInputElement>('input')!;
    first.focus();
    first.setSelectionRange(4, 4);
    rerenderKeepingFocus(root, 'focus', build);
    const again = doc.activeElement as HTMLInputElement;
    assert.notEqual(again, first, 'the tree was replaced');
    assert.equal(again.dataset.focus, 'filter');
    assert.deepEqual([again.selectionStart, again.selectionEnd], [4, 4]);
    // A button has no caret: focus only.
    root.querySelector<HTMLElement>('button')!.focus();
    rerenderKeepingFocus(root, 'focus', build);
    assert.equal((doc.activeElement as HTMLElement).dataset.focus, 'open');
    await window.happyDOM.close();
  });
});
