import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readEngagement } from '../../../src/core/model/engagement';
import { where } from '../../../src/core/model/source';
import { parseSourceFile } from '../../../src/core/parse/sourceFile';
import { at, check } from '../helpers/checkFixture';

const ENGAGEMENT = `kind: engagement
id: 42
title: 智慧医院
customer: Acme
stage: bidding
budget: { amount: 1000000, currency: CNY }
team: { sales: Li, presales_lead: Wang, presales: [Zhao] }
dates: { opened: 2026-01-05, bid_deadline: 2026-02-30, kickoff_meeting: 2026-01-10 }
research: { reason: because, first_vendor: true }
policy: { follow_up_days: 5, scope_tolerance: "x", rules: { stale-contact: off, blind-yes: loud } }
`;
const PEOPLE = `kind: stakeholders
people:
  - id: P1
    name: Zhang
    type: approver
    influence: huge
    concerns: [price, colour, risk]
    last_contact: 2026-11-01
  - not a map
`;
const TENDER = `kind: tender
deadline: 2026-12-10
procurement: competitive-negotiation
ceiling_price: 900000
clauses:
  - { ref: "3.1", mark: "★", text: 支持国产数据库, favours: Rival }
scoring:
  - { item: 价格, points: 30, rule: price-low }
  - { item: 技术偏离, points: 20, rule: deduct, per: 1, marks: ["▲", "★"], void_after: 10, clauses: ["3.1"] }
`;
const FORM = `kind: interface-form
budget: 800000
contacts: [P1, P9]
qualification:
  budget_confirmed: true
  approver: P1
  decision_criteria: [价格]
  customer_phase: tender
  project_approved: null
`;
const CLOSURE = `---
kind: closure-report
outcome: lost
lost_to: Rival
reasons: [价格]
our_score: 81.5
---
# 项目终结汇报
`;

function engagementOf(files: Record<string, string>) {
  const parsed = Object.entries(files).map(([p, t]) => parseSourceFile(p, t));
  return readEngagement('', parsed.find((f) => f.path === 'engagement.yaml')!, parsed);
}

describe('readEngagement', () => {
  const e = engagementOf({ 'engagement.yaml': ENGAGEMENT, 'stakeholders.yaml': PEOPLE, 'tender.yaml': TENDER, 'form.yaml': FORM, 'closure.md': CLOSURE });

  it('reads engagement.yaml into typed fields; malformed values are undefined or "unknown"', () => {
    assert.equal(e.id, '42');
    assert.equal(e.language, 'zh-CN'); // guessed from the Chinese title
    assert.equal(e.stage, 'bidding');
    assert.deepEqual(e.budget, { amount: 1000000, currency: 'CNY' });
    assert.deepEqual(e.team, { sales: 'Li', presalesLead: 'Wang', presales: ['Zhao'] });
    assert.deepEqual(e.dates, { opened: '2026-01-05', bidDeadline: undefined, other: { kickoff_meeting: '2026-01-10' } });
    assert.deepEqual(e.research, { reason: 'unknown', firstVendor: true, customerExperienced: undefined });
    assert.deepEqual(e.policy, { values: { follow_up_days: 5 }, rules: { 'stale-contact': 'off' } });
  });

  it('reads list items with their place; a non-map item is skipped, an unknown enum is undefined', () => {
    assert.equal(e.people.length, 1);
    const p = e.people[0];
    assert.deepEqual([p.id, p.type, p.influence, p.concerns, p.lastContact], ['P1', 'approver', undefined, ['price', undefined, 'risk'], '2026-11-01']);
    assert.deepEqual(p.at.path, ['people', 0]);
    assert.deepEqual(where(p.at, ['concerns', 2]), { file: 'stakeholders.yaml', range: { start: { line: 6, character: 30 }, end: { line: 6, character: 34 } } });
  });

  it('reads the Format 2 tender, qualification and closure facts', () => {
    const t = e.tenders[0];
    assert.deepEqual([t.deadline, t.procurement, t.ceilingPrice], ['2026-12-10', 'competitive-negotiation', 900000]);
    assert.deepEqual(t.clauses.map((c) => [c.ref, c.mark, c.favours]), [['3.1', '★', 'Rival']]);
    assert.deepEqual(t.scoring.map((s) => [s.rule, s.marks, s.voidAfter, s.clauses]), [['price-low', undefined, undefined, []], ['deduct', ['▲', '★'], 10, ['3.1']]]);
    const q = e.interfaceForms[0].qualification!;
    assert.deepEqual([q.budgetConfirmed, q.approver?.id, q.decisionCriteria, q.customerPhase, q.projectApproved], [true, 'P1', ['价格'], 'tender', null]);
    assert.deepEqual(e.interfaceForms[0].contacts.map((c) => c.id), ['P1', 'P9']);
    const closure = e.deliverables.find((d) => d.kind === 'closure-report')!.closure!;
    assert.deepEqual([closure.outcome, closure.lostTo, closure.reasons, closure.ourScore], ['lost', 'Rival', ['价格'], 81.5]);
  });

  it('reports a malformed value once (the schema), never again from the reader or a rule', async () => {
    const f = await check({ 'engagement.yaml': 'kind: engagement\nid: a\ntitle: A\ncustomer: C\nstage: kickoff\nlanguage: en\n', 'stakeholders.yaml': PEOPLE });
    // `influence: huge`, `colour` and the non-map item: each one schema finding, nothing else on those lines.
    const onPeople = f.filter((x) => x.file === 'stakeholders.yaml');
    assert.deepEqual(onPeople.map((x) => x.code), onPeople.map(() => 'schema'));
    assert.deepEqual(at(f, 'schema'), [...new Set(at(f, 'schema'))]);
  });
});
