import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

const REQS = listYaml('requirements', 'items', [{ id: 'REQ-001', title: 'Settlement', kano: 'basic', status: 'met' }]);
const PRICING = [
  'kind: pricing',
  'currency: CNY',
  'lines:',
  '  - item: HIS core',
  '    amount: 100000',
  '    req: [REQ-001]',
  '  - item: Data lake',
  '    amount: 300000',
  '    req: []',
  '  - item: Travel',
  '    amount: 5000',
  '  - item: Internet hospital (option)',
  '    amount: 200000',
  '    optional: true',
  '  - item: Reports',
  '    amount: 1000',
  '    req: [REQ-404]',
  '',
].join('\n');

const run = (extra = '', language: 'en' | 'zh-CN' = 'en', stage = 'solution') =>
  check({ 'engagement.yaml': engagementYaml({ stage, extra, language }), 'requirements.yaml': REQS, '04-solution/pricing.yaml': PRICING });

describe('scope-untraced', () => {
  it('is information at the `req` of a priced line citing no requirement, else at its item', async () => {
    const f = await run();
    assert.deepEqual(at(f, 'scope-untraced'), ['04-solution/pricing.yaml:9:10-9:12', '04-solution/pricing.yaml:10:11-10:17']);
    const x = f.find((y) => y.code === 'scope-untraced')!;
    assert.equal(x.severity, 'info');
    assert.deepEqual(x.data, { item: 'Data lake' });
    assert.match(x.message, /“Data lake” traces to no requirement/);
  });

  it('near misses: a traced line, an optional line and a line citing an unknown id (dangling-reference speaks) stay silent', async () => {
    const f = await run();
    assert.deepEqual(f.filter((y) => y.code === 'scope-untraced').map((y) => y.data?.item), ['Data lake', 'Travel']);
    assert.deepEqual(at(f, 'dangling-reference'), ['04-solution/pricing.yaml:17:11-17:18']);
  });

  it('is the record at closure, and follows zh-CN and policy.rules', async () => {
    assert.deepEqual((await run('', 'en', 'closure')).filter((y) => y.code === 'scope-untraced').map((y) => y.data?.history), [true, true]);
    assert.match((await run('', 'zh-CN')).find((y) => y.code === 'scope-untraced')!.message, /^报价行“Data lake”没有对应任何需求/);
    assert.equal((await run(policyYaml({}, { 'scope-untraced': 'warning' }))).find((y) => y.code === 'scope-untraced')?.severity, 'warning');
    assert.deepEqual(at(await run(policyYaml({}, { 'scope-untraced': 'off' })), 'scope-untraced'), []);
  });
});
