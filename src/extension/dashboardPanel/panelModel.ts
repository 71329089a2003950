import type { EngagementStatus, ScoreSummary } from '../../core';
import type { PanelModel, ViewBidDetail } from '../../webview/protocol';
import { dashboardModel } from '../dashboard/dashboardModel';
import type { DisplayLanguage } from '../displayLanguage';

/**
 * What the editor-area dashboard draws: the sidebar's model (one source for both views) plus the full score
 * estimate of the bid. Pure: no VS Code, no I/O.
 */
export function panelModel(status: EngagementStatus, key: string, lang: DisplayLanguage): PanelModel {
  const m: PanelModel = dashboardModel(status, key, lang);
  if (m.bid && status.score) m.bidDetail = bidDetail(status.score);
  return m;
}

function bidDetail(score: ScoreSummary): ViewBidDetail {
  return {
    items: score.items.map((i) => ({
      item: i.item, points: i.points, expected: i.expected, lost: i.lost, why: i.why, assumed: i.assumed,
      ...(i.recover ? { recover: i.recover } : {}),
    })),
    scenarios: score.scenarios.map((s) => ({ name: s.name, price: s.price, valid: s.valid, pricePoints: s.price_points, total: s.total })),
    ...(score.formula ? { formula: score.formula } : {}),
  };
}
