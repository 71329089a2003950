import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkEngagement } from '../../../src/core/checkEngagement';
import { readEngagement } from '../../../src/core/model/engagement';
import { parseSourceFile } from '../../../src/core/parse/sourceFile';
import { RULES } from '../../../src/core/rules/ruleList';
import { at, TODAY } from '../helpers/checkFixture';
import { engagementYaml } from '../helpers/engagementBuilder';

const file = parseSourceFile('engagement.yaml', engagementYaml({ stage: 'solution' }));
const engagement = readEngagement('', file, [file]);

/** Runs `body` while the rule of `code` throws. */
function withBrokenRule<T>(code: string, body: () => T): T {
  const rule = RULES.find((r) => r.meta.code === code)!;
  const run = rule.run;
  rule.run = () => {
    throw new Error('boom');
  };
  try {
    return body();
  } finally {
    rule.run = run;
  }
}

describe('a rule that throws', () => {
  it('becomes one internal-error finding at the kind key, and the other rules still report', () => {
    const findings = withBrokenRule('customer-not-user', () => checkEngagement(engagement, { today: TODAY }));
    assert.deepEqual(at(findings, 'internal-error'), ['engagement.yaml:1:1-1:5']);
    const f = findings.find((x) => x.code === 'internal-error')!;
    assert.equal(f.severity, 'error');
    assert.deepEqual(f.data, { rule: 'customer-not-user' });
    assert.match(f.message, /customer-not-user.*boom/);
    assert.ok(findings.some((x) => x.code === 'missing-deliverable'), 'other rules ran');
  });

  it('is handed to onRuleError (tests rethrow it)', () => {
    const seen: string[] = [];
    withBrokenRule('blind-yes', () => checkEngagement(engagement, { today: TODAY, onRuleError: (_e, code) => seen.push(code) }));
    assert.deepEqual(seen, ['blind-yes']);
    assert.throws(() => withBrokenRule('blind-yes', () => checkEngagement(engagement, { today: TODAY, onRuleError: (e) => { throw e; } })), /boom/);
  });

  it('obeys policy.rules like any code', () => {
    const off = parseSourceFile('engagement.yaml', engagementYaml({ stage: 'solution', extra: 'policy:\n  rules:\n    internal-error: warning\n' }));
    const findings = withBrokenRule('blind-yes', () => checkEngagement(readEngagement('', off, [off]), { today: TODAY }));
    assert.equal(findings.find((x) => x.code === 'internal-error')?.severity, 'warning');
  });
});
