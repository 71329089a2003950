import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from './helpers/checkFixture';

const ENG = 'kind: engagement\nid: acme\ntitle: Acme\ncustomer: Acme Corp\nstage: kickoff\nlanguage: en\n';

describe('engine: discovery and file checks', () => {
  it('finds nested engagements and reports paths relative to the workspace', async () => {
    const f = await check({ 'team/a/engagement.yaml': ENG + 'budjet: 1\n', 'team/b/engagement.yaml': ENG.replace('acme', 'b') });
    assert.deepEqual(at(f, 'schema'), ['team/a/engagement.yaml:7:1-7:7']);
  });

  it('points a missing required field at its parent key, an extra one at that key', async () => {
    const f = await check({
      'engagement.yaml': ENG,
      'stakeholders.yaml': 'kind: stakeholders\npeople:\n  - id: li\n    type: user\n    nmae: x\n',
    });
    const schema = f.filter((x) => x.code === 'schema');
    assert.deepEqual(at(f, 'schema'), ['stakeholders.yaml:3:5-3:7', 'stakeholders.yaml:5:5-5:9']);
    assert.equal(schema[0].data?.name, 'name');
    assert.equal(schema[1].data?.name, 'nmae');
  });
});
