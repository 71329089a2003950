import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CODE_META, FIXABLE_CODES, PITFALL_CODES, POLICY_THRESHOLDS, RULES, policyValue } from '../../../src/core/rules/ruleList';
import { renderRuleTable, TABLE_END, TABLE_START } from '../helpers/ruleTable';

const CJK = /[\u4e00-\u9fff]/;
const DOCS = join(__dirname, '..', '..', '..', 'docs', 'rules.md');

describe('rule meta', () => {
  it('gives every code one meta with both languages, a lesson and a docs anchor', () => {
    const codes = CODE_META.map((m) => m.code);
    assert.equal(new Set(codes).size, codes.length, 'duplicate code');
    for (const m of CODE_META) {
      for (const text of [m.summary, m.description]) {
        assert.ok(text.en.trim() && text['zh-CN'].trim(), `${m.code}: empty text`);
        assert.match(text['zh-CN'], CJK, `${m.code}: zh-CN text is not Chinese`);
      }
      assert.ok(m.description.en.length > m.summary.en.length, `${m.code}: the description must say more than the summary`);
      assert.match(m.description['zh-CN'], /。|，/, `${m.code}: zh-CN prose uses full-width punctuation`);
      assert.doesNotMatch(m.description['zh-CN'], /[\u4e00-\u9fff][,;:][^\s]/, `${m.code}: ASCII punctuation inside Chinese prose`);
      assert.equal(m.docs, `docs/rules.md#${m.code}`);
      // The Explain page's trigger, example and fix live in the code's own meta (one rule = one file).
      assert.ok((m as Partial<typeof m>).explain, `${m.code}: no meta.explain`);
      for (const text of [m.explain.fires, m.explain.fix]) {
        assert.ok(text.en.trim() && text['zh-CN'].trim(), `${m.code}: empty explain text`);
        assert.match(text['zh-CN'], CJK, `${m.code}: zh-CN explain text is not Chinese`);
      }
      assert.ok(m.explain.example.trim(), `${m.code}: explain has no example`);
      if (m.term) assert.match(m.term, CJK, `${m.code}: the method term is the zh-CN original`);
      for (const t of m.thresholds) {
        assert.ok(Number.isFinite(t.default), `${m.code}.${t.key}: default`);
        assert.ok(t.summary.en && CJK.test(t.summary['zh-CN']), `${m.code}.${t.key}: summary in both languages`);
      }
    }
  });

  it('derives the pitfall list, the quick-fix list and the policy defaults from the meta', () => {
    // The 15 pitfalls of docs/format.md are pitfalls; the structure codes are not (new rules may add pitfalls).
    const pitfalls = ['scope-creep', 'blind-yes', 'follow-up-overdue', 'research-without-need', 'research-first', 'customer-not-user', 'over-investment',
      'decision-maker-gap', 'stale-contact', 'basic-need-unmet', 'star-negative-deviation', 'bare-response', 'bid-deadline', 'gate-not-met', 'concern-uncovered'];
    for (const c of pitfalls) assert.ok(PITFALL_CODES.has(c), c);
    for (const c of ['yaml-syntax', 'schema', 'unknown-kind', 'missing-section', 'missing-deliverable', 'dangling-reference', 'internal-error']) assert.ok(!PITFALL_CODES.has(c), c);
    for (const c of ['missing-section', 'schema', 'missing-deliverable', 'follow-up-overdue', 'dangling-reference', 'gate-not-met']) assert.ok(FIXABLE_CODES.has(c), c);
    // Rules may share a threshold (opponent-unhandled reads stale_contact_days), never with two defaults.
    const defaults = new Map<string, number>();
    for (const t of POLICY_THRESHOLDS) {
      assert.equal(defaults.get(t.key) ?? t.default, t.default, `${t.key} has two defaults (${t.code})`);
      defaults.set(t.key, t.default);
    }
    assert.equal(policyValue({ values: {}, rules: {} }, 'follow_up_days'), 3);
    assert.equal(policyValue({ values: { follow_up_days: 5 }, rules: {} }, 'follow_up_days'), 5);
    assert.throws(() => policyValue({ values: {}, rules: {} }, 'no_such_key'), /no_such_key/);
  });

  it('registers every rule once', () => {
    assert.equal(new Set(RULES).size, RULES.length);
    assert.equal(new Set(RULES.map((r) => r.meta.code)).size, RULES.length);
  });

  it('docs/rules.md carries the table generated from the meta (UPDATE_DOCS=1 rewrites it)', () => {
    const docs = readFileSync(DOCS, 'utf8');
    const table = renderRuleTable(CODE_META);
    const start = docs.indexOf(TABLE_START);
    const end = docs.indexOf(TABLE_END);
    if (process.env.UPDATE_DOCS === '1' && start >= 0 && end > start) {
      writeFileSync(DOCS, docs.slice(0, start) + table + docs.slice(end + TABLE_END.length));
      return;
    }
    assert.ok(start >= 0 && end > start, 'docs/rules.md lacks the generated rule table markers');
    assert.equal(docs.slice(start, end + TABLE_END.length), table, 'docs/rules.md is stale: run UPDATE_DOCS=1 node --import tsx --test test/unit/rules/ruleMeta.test.ts');
    for (const m of CODE_META) assert.ok(docs.includes(`<a id="${m.code}"></a>`), `docs/rules.md has no anchor for ${m.code}`);
  });
});
