import { filesOfKind } from './engagement';
import type { Engagement } from './records';
import { where, whereFirst, type Where } from './source';

/**
 * Where a finding about the customer's people as a whole points (no user, no approver mapped): the
 * stakeholders file's `people` key; with no stakeholders file, engagement.yaml's `customer` value (whose people
 * are missing), else its `stage` — so these findings do not stack on `stage:` with the stage's own.
 */
export function peoplePlace(e: Engagement): Where {
  const file = filesOfKind(e, 'stakeholders')[0];
  return file ? where({ file, path: [] }, 'people', 'key') : whereFirst(e.at, [['customer'], 'value'], [['stage'], 'value']);
}
