import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CODE_META, POLICY_THRESHOLDS } from '../../../src/core/rules/ruleList';

// The `policy:` part of engagement.schema.json is derived from the rules' meta: every code may be re-graded or
// switched off, and every threshold a rule declares may be set. UPDATE_SCHEMA=1 rewrites the derived parts.
const FILE = join(__dirname, '..', '..', '..', 'schemas', 'engagement.schema.json');
const LEVELS = ['off', 'info', 'warning', 'error'];

type JsonObject = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

/** The severity override property of one code, described from its meta in both languages. */
function ruleProperty(code: string, summary: { en: string; 'zh-CN': string }): Record<string, unknown> {
  return {
    type: 'string',
    enum: LEVELS,
    description: `Severity override for \`${code}\` (${summary.en}): off | info | warning | error · \`${code}\`（${summary['zh-CN']}）的级别覆盖：关闭 | 提示 | 警告 | 错误`,
  };
}

function derivedRules(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(CODE_META.map((m) => [m.code, ruleProperty(m.code, m.summary)]));
}

describe('policy schema', () => {
  const text = readFileSync(FILE, 'utf8');
  const schema = JSON.parse(text) as JsonObject;
  const policy = schema.properties!.policy as JsonObject;

  it('lets every code be re-graded or switched off, with its meta as the description (UPDATE_SCHEMA=1 rewrites it)', () => {
    const rules = policy.properties!.rules as JsonObject;
    const want = derivedRules();
    if (process.env.UPDATE_SCHEMA === '1') {
      rules.properties = want;
      writeFileSync(FILE, `${JSON.stringify(schema, null, 2)}\n`);
      return;
    }
    assert.deepEqual(rules.properties, want, 'schemas/engagement.schema.json policy.rules is stale: run UPDATE_SCHEMA=1 on this test');
    assert.equal(rules.additionalProperties, false, 'an unknown code in policy.rules is a schema finding, not silence');
  });

  it('accepts every threshold a rule declares, bounded, with the rule default inside the bounds', () => {
    for (const t of POLICY_THRESHOLDS) {
      const p = policy.properties![t.key];
      assert.ok(p, `policy.${t.key} (read by ${t.code}) is missing from the schema`);
      assert.ok(typeof p.minimum === 'number' && typeof p.maximum === 'number', `policy.${t.key} must be bounded`);
      assert.ok((p.minimum as number) <= t.default && t.default <= (p.maximum as number), `policy.${t.key}: default ${t.default} outside the bounds`);
      const stated = /default (\d+(?:\.\d+)?)/.exec(String(p.description));
      assert.equal(Number(stated?.[1]), t.default, `policy.${t.key}: the description states the default`);
    }
  });

  it('declares no threshold that no rule reads', () => {
    const declared = new Set(POLICY_THRESHOLDS.map((t) => t.key));
    for (const key of Object.keys(policy.properties!)) if (key !== 'rules') assert.ok(declared.has(key), `policy.${key} is read by no rule`);
  });
});
