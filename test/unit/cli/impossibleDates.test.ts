import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { runCapture, tempFolder } from '../helpers/cliRun';

const ENG = 'kind: engagement\nid: a\ntitle: A\ncustomer: C\nstage: kickoff\nlanguage: en\n';

describe('impossible dates', () => {
  it('`--today` that names no real day is a usage error (exit 2) in both languages, before anything is checked', async () => {
    const dir = tempFolder({ 'a/engagement.yaml': ENG });
    for (const bad of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '2026-1-5', '20261128', 'today']) {
      const r = await runCapture(['check', dir, '--today', bad]);
      assert.equal(r.code, 2, bad);
      assert.equal(r.out, '', bad);
      assert.ok(r.err.includes(`--today must be a real date YYYY-MM-DD, not "${bad}"`) && r.err.includes(`--today 须为真实存在的日期（YYYY-MM-DD），而不是“${bad}”`), r.err);
    }
    assert.equal((await runCapture(['check', dir, '--today', '2028-02-29'])).code, 0, 'a leap day is a real day');
  });

  it('an impossible date in a file is a schema finding at the value, not silence', async () => {
    const people = 'kind: stakeholders\npeople:\n  - id: p1\n    name: P\n    type: user\n    last_contact: 2026-02-30\n';
    const acts = 'kind: activities\nitems:\n  - date: 2026-04-31\n    type: visit\n    with: [p1]\n';
    const f = await check({ 'e/engagement.yaml': ENG, 'e/stakeholders.yaml': people, 'e/activities.yaml': acts });
    assert.deepEqual(at(f, 'schema'), ['e/activities.yaml:3:11-3:21', 'e/stakeholders.yaml:6:19-6:29']);
  });
});
