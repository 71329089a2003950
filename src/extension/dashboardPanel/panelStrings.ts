import type { DashboardStringKey, PanelStringKey } from '../../webview/protocol';
import { dashboardStrings, type Translate } from '../dashboard/dashboardStrings';

/**
 * The sidebar's strings plus the editor-area dashboard's own, keyed for the webview (`{0}` filled in there);
 * zh-CN lives in l10n/parts/dashboardPanel.zh-cn.json.
 */
export function panelStrings(t: Translate): Record<DashboardStringKey | PanelStringKey, string> {
  return {
    ...dashboardStrings(t),
    'panel.title': t('Presales Dashboard'),
    'panel.section.bid': t('Bid card'),
    'panel.section.concerns': t('Concerns and where they are answered'),
    'panel.section.qualification': t('Qualification score'),
    'panel.map.people': t('{0} people'),
    'panel.map.people.one': t('{0} person'),
    'panel.bid.none': t('The bid card appears in the bidding stage.'),
    'panel.bid.items': t('Score estimate per item'),
    'panel.bid.item': t('Item'),
    'panel.bid.points': t('Points'),
    'panel.bid.expected': t('Expected'),
    'panel.bid.lost': t('Lost'),
    'panel.bid.why': t('Why / how to win it back'),
    'panel.bid.assumed': t('(assumed)'),
    'panel.bid.scenarios': t('Price scenarios'),
    'panel.bid.scenario': t('Benchmark'),
    'panel.bid.price': t('Price'),
    'panel.bid.pricePoints': t('Price points'),
    'panel.bid.total': t('Our total'),
    'panel.bid.void': t('above the limit: void'),
    'panel.concern.concern': t('Concern'),
    'panel.concern.heldBy': t('Held by'),
    'panel.concern.answeredAt': t('Answered at'),
    'panel.concern.none': t('not answered yet'),
    'panel.qualification.none': t('No interface form yet: nothing to score.'),
    'panel.stage.blockers': t('Gate blockers'),
  };
}
