import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CONCERNS, DECISION_TYPES } from '../../../src/core/method/concerns';
import { STAGES } from '../../../src/core/method/stages';
import * as V from '../../../src/core/method/vocabulary';
import { CODE_META, POLICY_THRESHOLDS } from '../../../src/core/rules/ruleList';

const schema = (name: string) => JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'schemas', `${name}.schema.json`), 'utf8'));
/** The enum at a path of a schema, without null. */
function enumAt(name: string, path: string[]): unknown[] {
  let node = schema(name);
  for (const seg of path) node = node[seg];
  return (node.enum as unknown[]).filter((v) => v !== null);
}
const same = (a: readonly unknown[], b: readonly unknown[]) => assert.deepEqual([...a].sort(), [...b].sort());
const item = (list: string) => ['properties', list, 'items', 'properties'];

describe('method vocabulary: one definition, the schemas agree', () => {
  it('derives the stage, concern and decision-type specs from the id lists, in order', () => {
    assert.deepEqual(STAGES.map((s) => s.id), [...V.STAGE_IDS]);
    assert.deepEqual(CONCERNS.map((c) => c.id), [...V.CONCERN_IDS]);
    assert.deepEqual(DECISION_TYPES.map((d) => d.id), [...V.DECISION_TYPE_IDS]);
  });

  it('accepts exactly the values the schemas accept', () => {
    same(V.STAGE_IDS, enumAt('engagement', ['properties', 'stage']));
    same(V.LANGUAGES, enumAt('engagement', ['properties', 'language']));
    same(V.CATEGORIES, enumAt('engagement', ['properties', 'category']));
    same(V.RESEARCH_REASONS, enumAt('engagement', ['properties', 'research', 'properties', 'reason']));
    same(V.DECISION_TYPE_IDS, enumAt('stakeholders', [...item('people'), 'type']));
    same(V.INFLUENCES, enumAt('stakeholders', [...item('people'), 'influence']));
    same(V.ATTITUDES, enumAt('stakeholders', [...item('people'), 'attitude']));
    same(V.CONCERN_IDS, enumAt('stakeholders', [...item('people'), 'concerns', 'items']));
    same(V.KANO_CLASSES, enumAt('requirements', [...item('items'), 'kano']));
    same(V.REQUIREMENT_STATUSES, enumAt('requirements', [...item('items'), 'status']));
    same(V.GAP_TYPES, enumAt('requirements', [...item('items'), 'gap', 'properties', 'type']));
    same(V.ACTIVITY_TYPES, enumAt('activities', [...item('items'), 'type']));
    same(V.REVIEW_RESULTS, enumAt('reviews', [...item('items'), 'result']));
    same(V.MARKS, enumAt('deviation-table', [...item('items'), 'mark']));
    same(V.DEVIATIONS, enumAt('deviation-table', [...item('items'), 'deviation']));
    same(V.DEVIATION_PARTS, enumAt('deviation-table', ['properties', 'part']));
    same(V.PROCUREMENTS, enumAt('tender', ['properties', 'procurement']));
    same(V.CLAUSE_TYPES, enumAt('tender', [...item('clauses'), 'type']));
    same(V.SCORING_TYPES, enumAt('tender', [...item('scoring'), 'type']));
    same(V.SCORING_RULES, enumAt('tender', [...item('scoring'), 'rule']));
    same(V.CUSTOMER_PHASES, enumAt('interface-form', ['properties', 'qualification', 'properties', 'customer_phase']));
    same(V.DOC_STATUSES, enumAt('markdown-front-matter', ['properties', 'status']));
    same(V.OUTCOMES, enumAt('markdown-front-matter', ['properties', 'outcome']));
  });

  it('lets `policy:` name every threshold and every code the rules declare', () => {
    const policy = schema('engagement').properties.policy.properties;
    for (const t of POLICY_THRESHOLDS) assert.ok(policy[t.key], `schemas/engagement.schema.json policy lacks ${t.key} (${t.code})`);
    const codes = Object.keys(policy.rules.properties);
    const missing = CODE_META.map((m) => m.code).filter((c) => !codes.includes(c));
    assert.deepEqual(missing, [], 'codes policy.rules cannot name (schemas/engagement.schema.json)');
  });
});
