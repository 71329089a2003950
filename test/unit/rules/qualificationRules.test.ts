import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';

const QUALIFIED = 'qualification:\n  budget_confirmed: true\n  approver: wang\n  decision_criteria: [五级评审]\n';
/** An interface form: `kind` line 1, then the given body. */
const form = (body: string) => `kind: interface-form\n${body}`;
const FULL = 'budget: 1000000\nkey_demands:\n  - 门诊一站式办理，减少排队\ncontacts: [wang]\n';
const REQS = listYaml('requirements', 'items', [{ id: 'REQ-001', title: '门诊挂号缴费一站式办理' }]);
const run = (stage: string, formText: string | undefined, o: { extra?: string; language?: 'en' | 'zh-CN'; requirements?: string } = {}) =>
  check({
    'engagement.yaml': engagementYaml({ stage, extra: o.extra, language: o.language }),
    ...(formText === undefined ? {} : { '01-kickoff/interface-form.yaml': formText }),
    'requirements.yaml': o.requirements ?? REQS,
  });

describe('unqualified-investment (鉴定销售机会)', () => {
  it('warns from the research stage on when budget, approver or criteria are missing, at the first missing field', async () => {
    const f = await run('research', form(`${FULL}qualification:\n  budget_confirmed: false\n  approver: wang\n`));
    assert.deepEqual(at(f, 'unqualified-investment'), ['01-kickoff/interface-form.yaml:7:21-7:26']);
    const onlyKey = await run('research', form(`${FULL}qualification:\n  approver: wang\n`));
    assert.deepEqual(at(onlyKey, 'unqualified-investment'), ['01-kickoff/interface-form.yaml:6:1-6:14']);
    const x = f.find((y) => y.code === 'unqualified-investment')!;
    assert.equal(x.severity, 'warning');
    assert.deepEqual(x.data, { missing: ['budget_confirmed', 'decision_criteria'], score: 20 });
    assert.match(x.message, /lacks "Budget confirmed", "Decision criteria" \(qualification score 20\/100\)/);
  });

  it('fires on a form with no qualification at all, at its kind', async () => {
    assert.deepEqual(at(await run('solution', form(FULL)), 'unqualified-investment'), ['01-kickoff/interface-form.yaml:1:1-1:5']);
  });

  it('near miss: before research, or a qualification with all three', async () => {
    assert.deepEqual(at(await run('introduction', form(FULL)), 'unqualified-investment'), []);
    assert.deepEqual(at(await run('solution', form(FULL + QUALIFIED)), 'unqualified-investment'), []);
  });

  it('is the 售前考评 record at the bid, and follows policy.rules', async () => {
    const x = (await run('bidding', form(FULL), { language: 'zh-CN' })).find((y) => y.code === 'unqualified-investment')!;
    assert.deepEqual([x.severity, x.data?.history], ['info', true]);
    assert.match(x.message, /^商机未完成“鉴定销售机会”就一路投入到「招投标\/谈判」阶段.*记入售前考评/);
    assert.deepEqual(at(await run('solution', form(FULL), { extra: policyYaml({}, { 'unqualified-investment': 'off' }) }), 'unqualified-investment'), []);
  });
});

describe('form-incomplete (售前接口表)', () => {
  it('warns once kickoff is left, at the first empty field, naming every gap', async () => {
    const f = await run('introduction', form('budget: 0\nkey_demands: []\ncontacts: [wang]\n'), { language: 'zh-CN' });
    assert.deepEqual(at(f, 'form-incomplete'), ['01-kickoff/interface-form.yaml:3:1-3:12']);
    const x = f.find((y) => y.code === 'form-incomplete')!;
    assert.deepEqual(x.data, { missing: ['key_demands', 'budget'] });
    assert.equal(x.message, '启动阶段已经走过，但售前接口表缺少客户关键诉求（key_demands）、客户预算（budget）。后续每个阶段都从接口表出发：请与销售确认后补全。');
  });

  it('a budget written as text is one finding at the value (schema), not also a missing budget', async () => {
    const body = (budget: string) => form(`budget: ${budget}\nkey_demands:\n  - 门诊一站式办理，减少排队\ncontacts: [wang]\n`);
    const f = await run('introduction', body('约200万'), { language: 'zh-CN' });
    const onForm = f.filter((x) => x.file === '01-kickoff/interface-form.yaml').map((x) => `${x.code} ${x.range.start.line + 1}:${x.range.start.character + 1}-${x.range.end.line + 1}:${x.range.end.character + 1}`);
    assert.deepEqual(onForm, ['schema 2:9-2:14']);
    assert.equal(f.find((x) => x.code === 'schema')!.message, '`约200万` 是文字，此处应写成纯数字：2000000（“约”等说明可写在 `#` 注释里）。');
    const quoted = await run('introduction', body('"200万"'));
    assert.deepEqual(quoted.filter((x) => x.file === '01-kickoff/interface-form.yaml').map((x) => x.code), ['schema']);
    assert.match(quoted.find((x) => x.code === 'schema')!.message, /^`200万` is text; write it as a plain number: 2000000 /);
    // A negative budget is the schema's `minimum` finding alone; text that is no amount keeps the plain type message.
    assert.deepEqual((await run('introduction', body('-5'))).filter((x) => x.file === '01-kickoff/interface-form.yaml').map((x) => x.code), ['schema']);
    assert.equal((await run('introduction', body('待定'))).find((x) => x.code === 'schema')!.message, 'Should be of type number.');
  });

  it('near miss: an empty budget or 0 is still a missing budget', async () => {
    for (const budget of ['', '0', 'null']) {
      const f = await run('introduction', form(`budget: ${budget}\nkey_demands: [一站式]\ncontacts: [wang]\n`));
      assert.deepEqual(f.find((x) => x.code === 'form-incomplete')?.data, { missing: ['budget'] }, budget);
    }
  });

  it('near miss: at kickoff, or a complete form', async () => {
    assert.deepEqual(at(await run('kickoff', form('key_demands: []\n')), 'form-incomplete'), []);
    assert.deepEqual(at(await run('solution', form(FULL + QUALIFIED)), 'form-incomplete'), []);
  });
});

describe('demand-untraced (客户关键诉求)', () => {
  const two = form('budget: 1\ncontacts: [wang]\nkey_demands:\n  - 门诊一站式办理，减少排队\n  - 移动护理床旁扫码\n');
  it('warns at each key demand no requirement follows, from the research stage on', async () => {
    const f = await run('research', two);
    assert.deepEqual(at(f, 'demand-untraced'), ['01-kickoff/interface-form.yaml:6:5-6:13']);
    assert.deepEqual(f.find((y) => y.code === 'demand-untraced')!.data, { demand: '移动护理床旁扫码', index: 1 });
  });

  it('a requirement that says the demand in other words (高峰不排长队 for 缩短门诊排队时间) traces it; one shared word does not', async () => {
    const demand = form('budget: 1\ncontacts: [wang]\nkey_demands:\n  - 缩短门诊排队时间\n');
    const reqs = (title: string) => listYaml('requirements', 'items', [{ id: 'REQ-001', title }]);
    assert.deepEqual(at(await run('research', demand, { requirements: reqs('高峰不排长队') }), 'demand-untraced'), []);
    assert.deepEqual(at(await run('research', demand, { requirements: reqs('排队叫号屏对接') }), 'demand-untraced'), ['01-kickoff/interface-form.yaml:5:5-5:13']);
  });

  it('near miss: a requirement naming it by title or the demand citing the id; before research', async () => {
    const more = listYaml('requirements', 'items', [{ id: 'REQ-001', title: '门诊挂号缴费一站式办理' }, { id: 'REQ-002', title: '移动护理扫码核对' }]);
    assert.deepEqual(at(await run('research', two, { requirements: more }), 'demand-untraced'), []);
    const cited = form('budget: 1\ncontacts: [wang]\nkey_demands:\n  - 门诊一站式办理，减少排队\n  - 移动护理床旁扫码（REQ-001）\n');
    assert.deepEqual(at(await run('research', cited), 'demand-untraced'), []);
    assert.deepEqual(at(await run('introduction', two), 'demand-untraced'), []);
  });
});
