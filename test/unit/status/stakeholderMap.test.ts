import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engagementYaml, listYaml, policyYaml } from '../helpers/engagementBuilder';
import { doc, statusOf } from './statusOf';

const PEOPLE = listYaml('stakeholders', 'people', [
  { id: 'zhang', name: 'Zhang', title: 'President', type: 'approver', influence: 'high', attitude: 'supporter', concerns: ['brand', 'price'], last_contact: '2026-11-20' },
  { id: 'wang', name: 'Wang', type: 'it-decider', influence: 'high', attitude: 'champion', concerns: ['performance'], last_contact: '2026-10-01' },
  { id: 'li', name: 'Li', type: 'business-decider', influence: 'medium', attitude: 'skeptic', concerns: ['usability'] },
  { id: 'zhao', name: 'Zhao', type: 'user', attitude: 'neutral', concerns: ['usability'] },
  { id: 'qian', name: 'Qian', type: 'boss', influence: 'low', attitude: 'opponent' },
]);
const ACTIVITIES = listYaml('activities', 'items', [
  { date: '2026-11-25', type: 'demo', with: ['li'] },
  { date: '2026-12-10', type: 'visit', with: ['zhao'] },
]);

describe('stakeholder map', () => {
  it('places every person on influence × attitude, unknown when absent or invalid', async () => {
    const s = await statusOf({ 'engagement.yaml': engagementYaml({ stage: 'solution' }), 'stakeholders.yaml': PEOPLE, 'activities.yaml': ACTIVITIES });
    assert.deepEqual(s.stakeholders.people.map((p) => [p.id, p.type, p.influence, p.attitude]), [
      ['zhang', 'approver', 'high', 'supporter'],
      ['wang', 'it-decider', 'high', 'champion'],
      ['li', 'business-decider', 'medium', 'skeptic'],
      ['zhao', 'user', 'unknown', 'neutral'],
      ['qian', 'unknown', 'low', 'opponent'],
    ]);
    const zhang = s.stakeholders.people[0];
    assert.deepEqual([zhang.title, zhang.concerns, zhang.file, zhang.range.start.line], ['President', ['brand', 'price'], 'stakeholders.yaml', 2]);
  });

  it('counts mapped and contacted per decision type; an activity with them is a contact, a planned one is not', async () => {
    const s = await statusOf({ 'engagement.yaml': engagementYaml({ stage: 'solution' }), 'stakeholders.yaml': PEOPLE, 'activities.yaml': ACTIVITIES });
    // gap: nobody of the type mapped, or nobody contacted — computed once in the core for CLI, tree and sidebar.
    assert.deepEqual(s.stakeholders.coverage.map((c) => [c.type, c.label.en, c.mapped, c.contacted, c.gap]), [
      ['approver', 'Approver', 1, 1, false],
      ['it-decider', 'IT decider', 1, 1, false],
      ['business-decider', 'Business decider', 1, 1, false],
      ['user', 'User', 1, 0, true],
    ]);
    assert.deepEqual(s.stakeholders.people.map((p) => [p.lastContact, p.daysSinceContact]), [
      ['2026-11-20', 8], ['2026-10-01', 58], ['2026-11-25', 3], [undefined, undefined], [undefined, undefined],
    ]);
  });

  it('marks as cold whoever was last contacted longer ago than stale_contact_days', async () => {
    const base = { 'stakeholders.yaml': PEOPLE, 'activities.yaml': ACTIVITIES };
    const s = await statusOf({ 'engagement.yaml': engagementYaml({ stage: 'solution' }), ...base });
    assert.deepEqual(s.stakeholders.people.filter((p) => p.cold).map((p) => p.id), ['wang']);
    const strict = await statusOf({ 'engagement.yaml': engagementYaml({ stage: 'solution', extra: policyYaml({ stale_contact_days: 5 }) }), ...base });
    assert.deepEqual(strict.stakeholders.people.filter((p) => p.cold).map((p) => p.id), ['zhang', 'wang']);
  });

  it('checks every concern against the solution text, with who holds it', async () => {
    const files = { 'engagement.yaml': engagementYaml({ stage: 'solution' }), 'stakeholders.yaml': PEOPLE };
    const none = await statusOf(files);
    assert.ok(none.concerns.every((c) => !c.answered));
    const s = await statusOf({ ...files, '04-solution/solution.md': doc('solution', {}, '# Solution\n\nOur pricing is fixed; the brand is trusted.\n') });
    assert.deepEqual(s.concerns.map((c) => [c.concern, c.heldBy, c.answered]), [
      ['price', ['zhang'], true],
      ['function', [], false],
      ['performance', ['wang'], false],
      ['usability', ['li', 'zhao'], false],
      ['cost-of-use', [], false],
      ['risk', [], false],
      ['assurance', [], false],
      ['brand', ['zhang'], true],
    ]);
  });
});
