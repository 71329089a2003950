/**
 * Diagnostics arrive for the fixture with the expected codes and exact (0-based) ranges. Expected values are
 * written by hand from the fixture files (test/integration/workspace/holdout-clinic) and examples/acme-his.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, checkNow, codeOf, ours, untilDiagnostics, where, wsUri } from './helpers';

/** Runs Check Engagement once so findings are fresh, whatever the extension's on-open behaviour. */
async function checkAll(): Promise<void> {
  await activate();
  await checkNow();
}

describe('diagnostics', () => {
  before(checkAll);

  it('holdout-clinic: missing-section where the section belongs (end of Research scope), exact range', async () => {
    const got = await untilDiagnostics('missing-section in plan.md', 'holdout-clinic/03-research/plan.md', (ds) => ds.length > 0 && ds);
    // "Data situation" is absent: it belongs before "## IT situation" (line 17, 1-based), so it is reported on the
    // last line of "Research scope" (line 15: "Scheduling desk, wards and IT, two days.", 40 UTF-16 units).
    assert.deepEqual(got.map(where), ['missing-section@14:0-14:40']);
    assert.equal(got[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.match(got[0].message, /Data situation|数据情况/);
  });

  it('holdout-clinic: dangling-reference and blind-yes in requirements.yaml, exact ranges', async () => {
    const rel = 'holdout-clinic/requirements.yaml';
    const got = await untilDiagnostics('two findings in requirements.yaml', rel, (ds) => ds.length >= 2 && ds);
    const byCode = new Map(got.map((d) => [codeOf(d), d]));
    // REQ-002 `source: ghost-person` (line 15 1-based, value at column 13).
    assert.equal(where(byCode.get('dangling-reference')!), 'dangling-reference@14:12-14:24');
    // REQ-003 is `reasonable: false` yet `status: met` (line 21 1-based): the finding sits on that status value.
    const blind = byCode.get('blind-yes');
    assert.ok(blind, `no blind-yes; got ${got.map(where).join(', ')}`);
    assert.equal(where(blind), 'blind-yes@20:12-20:15');
    assert.equal(blind.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual([...byCode.keys()].sort(), ['blind-yes', 'dangling-reference']);
  });

  it('holdout-clinic: clean files carry no findings', async () => {
    for (const rel of ['holdout-clinic/engagement.yaml', 'holdout-clinic/02-introduction/deck.md', 'holdout-clinic/reviews.yaml']) {
      assert.deepEqual(ours(rel).map(where), [], rel);
    }
  });

  it('acme-his: the three planted pitfalls, on the right lines', async () => {
    const pricing = await untilDiagnostics('scope-creep', 'acme-his/04-solution/pricing.yaml', (ds) => ds.find((d) => codeOf(d) === 'scope-creep'));
    // `total: 2450000` is line 34 (1-based); 2.45M vs budget 2M = +22.5% > 10% → warning, < 2× → not error.
    assert.equal(pricing.range.start.line, 33, where(pricing));
    assert.equal(pricing.severity, vscode.DiagnosticSeverity.Warning);
    const blind = await untilDiagnostics('blind-yes', 'acme-his/requirements.yaml', (ds) => ds.find((d) => codeOf(d) === 'blind-yes'));
    assert.equal(blind.range.start.line, 50, where(blind)); // REQ-007 `status: met` (line 51)
    const stale = await untilDiagnostics('stale-contact', 'acme-his/stakeholders.yaml', (ds) => ds.find((d) => codeOf(d) === 'stale-contact'));
    assert.equal(stale.range.start.line, 17, where(stale)); // 孙立新 last_contact 2026-10-14 (line 18)
    assert.equal(stale.severity, vscode.DiagnosticSeverity.Information);
  });

  it('every diagnostic of ours has a known code and a source of presales', async () => {
    const all = vscode.languages.getDiagnostics().flatMap(([uri, ds]) => ds.filter((d) => d.source === 'presales').map((d) => ({ uri, d })));
    assert.ok(all.length >= 5, `only ${all.length} diagnostics`);
    for (const { uri, d } of all) {
      assert.match(codeOf(d), /^[a-z]+(-[a-z]+)*$/, `${uri.path}: ${where(d)}`);
      assert.ok(uri.path.startsWith(wsUri('').path), `diagnostic outside the workspace: ${uri.path}`);
    }
  });
});
