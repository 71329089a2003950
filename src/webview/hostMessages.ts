/** The two messages every page takes from its host: the first full picture, then updates. */
type SnapshotOrUpdate<M> = Extract<M, { type: 'snapshot' | 'update' }>;

/**
 * Hands the page each `snapshot` or `update` its host posts; anything else arriving on `message`
 * (not an object, another type) is ignored, as the page trusts only the shapes of its protocol.
 */
export function onHostMessage<M extends { type: string }>(win: Window, handle: (msg: SnapshotOrUpdate<M>) => void): void {
  win.addEventListener('message', (event: MessageEvent<M>) => {
    const msg = event.data;
    if (!msg || typeof msg !== 'object' || (msg.type !== 'snapshot' && msg.type !== 'update')) return;
    handle(msg as SnapshotOrUpdate<M>);
  });
}
