import * as vscode from 'vscode';
import type { EngagementOption, WebviewMessage } from '../../webview/protocol';
import type { EngagementState, EngagementStoreApi } from '../storeApi';
import { runDashboardAction } from './dashboardActions';
import { engagementFacts, validateMessage } from './messageValidator';

/** Store changes arrive in bursts (a save re-checks several files): one update per quiet spell. */
const UPDATE_DELAY_MS = 250;

/** The two messages a dashboard page receives: the first full picture, then lighter updates. */
export type DashboardFeedMessage<S, K extends string> =
  | { type: 'snapshot'; state: S | undefined; strings: Record<K, string>; engagements: EngagementOption[] }
  | { type: 'update'; state: S | undefined };

/** What differs between the sidebar dashboard and the full-size panel; the feed does the rest. */
export interface DashboardFeedHost<S, K extends string> {
  /** The page's view of one engagement. */
  model(state: EngagementState): S;
  /** The UI strings sent with each snapshot. */
  strings(): Record<K, string>;
  /** Delivers a message to the page (called only once the page said `ready`). */
  post(msg: DashboardFeedMessage<S, K>): Thenable<unknown> | undefined;
  /** Told which engagement a snapshot or debounced update shows (the panel puts it in its title). */
  shown?(state: EngagementState): void;
}

/**
 * The dashboard protocol shared by the sidebar view and the editor panel: validates what the page sends,
 * answers `ready` with a snapshot, runs its actions and pushes debounced updates from the store.
 */
export class DashboardFeed<S, K extends string> implements vscode.Disposable {
  private ready = false;
  private shownKey: string | undefined;
  private sentKeys = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: EngagementStoreApi, private readonly host: DashboardFeedHost<S, K>) {}

  /** Follows the store: re-sends after changes, and follows the active engagement when it moves. */
  watchStore(): vscode.Disposable[] {
    return [
      this.store.onDidChange(() => this.schedule()),
      this.store.onDidChangeActive((s) => {
        if (s && s.key !== this.shownKey) { this.shownKey = s.key; this.schedule(); }
      }),
    ];
  }

  /** Shows this engagement next (a restored panel brings back what it showed before). */
  show(key: string): void {
    this.shownKey = key;
  }

  /** The page is gone (hidden or replaced): nothing is posted until the next one says `ready`. */
  pageGone(): void {
    this.ready = false;
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  /** Handles one message from the page; anything that does not validate is dropped. */
  async receive(raw: unknown): Promise<void> {
    const msg = validateMessage(raw, (key) => {
      const s = this.stateOf(key);
      return s && engagementFacts(s.engagement.files.map((f) => f.path), s.status);
    });
    if (!msg) return; // The page is not trusted: anything unexpected is dropped.
    if (msg.type === 'ready') {
      if (msg.key && this.stateOf(msg.key)) this.shownKey = msg.key;
      this.ready = true;
      return this.post(this.snapshot());
    }
    const state = this.stateOf(msg.key)!;
    if (msg.type === 'pickEngagement') {
      this.shownKey = state.key;
      this.store.setActive(state.key);
      return this.post({ type: 'update', state: this.host.model(state) });
    }
    try {
      await runDashboardAction(this.store, state, msg as Exclude<WebviewMessage, { type: 'ready' | 'pickEngagement' }>);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The dashboard could not do that: {0}', e instanceof Error ? e.message : String(e)));
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.ready) return;
      const keys = optionsSignature(this.options());
      void this.post(keys === this.sentKeys ? { type: 'update', state: this.model() } : this.snapshot());
    }, UPDATE_DELAY_MS);
  }

  private snapshot(): DashboardFeedMessage<S, K> {
    const engagements = this.options();
    this.sentKeys = optionsSignature(engagements);
    return { type: 'snapshot', state: this.model(), strings: this.host.strings(), engagements };
  }

  private model(): S | undefined {
    const s = (this.shownKey && this.stateOf(this.shownKey)) || this.store.active() || this.store.all()[0];
    if (s) this.host.shown?.(s);
    return s ? this.host.model(s) : undefined;
  }

  private options(): EngagementOption[] {
    const all = this.store.all();
    const titles = all.map((s) => s.status.title || s.status.id);
    return all.map((s, i) => ({
      key: s.key,
      label: titles.indexOf(titles[i]) !== titles.lastIndexOf(titles[i]) ? `${titles[i]} (${s.engagement.root || s.folder.name})` : titles[i],
    }));
  }

  private stateOf(key: string): EngagementState | undefined {
    return this.store.all().find((s) => s.key === key);
  }

  private async post(msg: DashboardFeedMessage<S, K>): Promise<void> {
    if (this.ready) await this.host.post(msg);
  }
}

/** The engagement list as one string: when it is unchanged an update suffices, else a snapshot is due. */
function optionsSignature(options: EngagementOption[]): string {
  return options.map((o) => `${o.key}\n${o.label}`).join('\n');
}
