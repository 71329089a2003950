// Wide engagements: passes over people × activities must be linear. Counted, not timed: the activity list is
// wrapped so every element read is counted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkWorkspace } from '../../src/core/checkWorkspace';
import { lastContact } from '../../src/core/model/contacts';
import type { Activity, Engagement } from '../../src/core/model/records';
import { buildStatus } from '../../src/core/status/statusBuilder';
import { TODAY } from './helpers/checkFixture';
import { MemoryFs } from './helpers/memoryFs';
import { wideEngagement } from './helpers/wideEngagement';

/** The engagement with its activity list behind a counter of element reads. */
function counted(e: Engagement): { e: Engagement; reads: () => number } {
  let reads = 0;
  const activities = new Proxy(e.activities, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  }) as Activity[];
  return { e: { ...e, activities }, reads: () => reads };
}

test('the last contact of every one of 2,000 people reads the 2,000 activities once, not once per person', async () => {
  const [report] = await checkWorkspace(new MemoryFs(wideEngagement(2000, 2000)), { today: TODAY });
  const { e, reads } = counted(report.engagement);
  const last = e.people.map((p) => lastContact(e, p, TODAY));
  assert.ok(reads() <= 2 * e.activities.length, `${reads()} reads of ${e.activities.length} activities`);
  for (const i of [0, 5, 1999]) {
    const p = e.people[i];
    const plain = report.engagement.activities.filter((a) => a.with.some((w) => w.id === p.id) && a.date !== undefined && a.date <= TODAY).map((a) => a.date!);
    const latest = [p.lastContact, ...plain].filter((d): d is string => d !== undefined && d <= TODAY).sort().pop();
    assert.equal(last[i]?.date, latest, p.id);
  }
});

test('20,000 people and 20,000 activities: check and status end, each finding code capped', async () => {
  const [report] = await checkWorkspace(new MemoryFs(wideEngagement(20_000, 20_000)), { today: TODAY });
  const status = buildStatus(report.engagement, report.findings, { today: TODAY });
  assert.equal(status.stakeholders.people.length, 20_000);
  const perCode = new Map<string, number>();
  for (const f of report.findings) perCode.set(`${f.code} ${f.file}`, (perCode.get(`${f.code} ${f.file}`) ?? 0) + 1);
  assert.ok([...perCode.values()].every((n) => n <= 201));
});
