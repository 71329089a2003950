import type { MatrixStringKey } from '../../webview/matrix/protocol';
import type { Translate } from './matrixModel';

/**
 * Every text the matrix panel shows that is not data, keyed for the webview. `{0}`, `{1}` are filled in by
 * the webview; zh-CN lives in l10n/parts/matrix.zh-cn.json.
 */
export function matrixStrings(t: Translate): Record<MatrixStringKey, string> {
  return {
    'empty': t('No engagement to trace. Open a file of an engagement, or create one with "New Engagement".'),
    'heading': t('Compliance matrix: {0}'),
    'filter.label': t('Show'),
    'filter.all': t('All requirements'),
    'filter.unanswered': t('Answered nowhere in the solution'),
    'filter.unpriced': t('Priced nowhere'),
    'filter.star': t('On a ★ clause'),
    'column.requirement': t('Requirement'),
    'column.answered': t('Answered in the solution'),
    'column.priced': t('Priced'),
    'column.deviations': t('Deviation rows'),
    'column.source': t('Source'),
    'none': t('—'),
    'shown': t('{0} of {1}'),
    'noRows': t('No requirement matches this filter.'),
    'noRequirements': t('No requirements recorded yet. Add the first with "Presales: Add Requirement…" from the Command Palette.'),
    'link.aria': t('{0}, open {1}'),
  };
}
