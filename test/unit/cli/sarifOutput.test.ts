import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { CODE_META } from '../../../src/core';
import { runCapture as run, tempFolder } from '../helpers/cliRun';
import { TEAM_ROOT, TODAY } from '../team/teamFixture';

// The vendored OASIS schema (test/fixtures/sarif/README.md): draft-04, so its `$schema`/`id` are dropped for Ajv 8.
const schema = JSON.parse(readFileSync(new URL('../../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
delete schema.$schema;
delete schema.id;
// unicodeRegExp off: one of the schema's patterns (language tags) is not valid with the `u` flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

async function sarif(dir: string): Promise<Sarif.Log> {
  const r = await run(['check', dir, '--format', 'sarif', '--today', TODAY]);
  assert.ok(r.code === 0 || r.code === 1, r.err);
  return JSON.parse(r.out) as Sarif.Log;
}

describe('presales check --format sarif', () => {
  it('validates against the SARIF 2.1.0 schema (the fixture team)', async () => {
    const log = await sarif(TEAM_ROOT);
    assert.ok(validate(log), ajv.errorsText(validate.errors));
    assert.ok(log.runs[0].results!.length > 50);
  });

  it('a schema-invalid log is rejected (the validation can fail)', async () => {
    const log = await sarif(TEAM_ROOT);
    (log.runs[0].results![0] as unknown as { level: string }).level = 'fatal';
    assert.equal(validate(log), false);
  });

  it('rules carry the rule metadata: descriptions, help in both languages, docs link, default level', async () => {
    const driver = (await sarif(TEAM_ROOT)).runs[0].tool.driver;
    assert.equal(driver.name, 'presales');
    assert.deepEqual(driver.rules!.map((r) => r.id), CODE_META.map((m) => m.code));
    const rule = driver.rules!.find((r) => r.id === 'follow-up-overdue')!;
    assert.equal(rule.shortDescription!.text, 'A visit was not followed up in time (三天内回访)');
    assert.match(rule.help!.text, /^After a customer visit[\s\S]*\n\n客户拜访/);
    assert.equal(rule.helpUri, 'https://github.com/presales-workbench/presales-workbench/blob/main/docs/rules.md#follow-up-overdue');
    assert.equal(rule.defaultConfiguration!.level, 'warning');
    assert.equal(driver.rules!.find((r) => r.id === 'research-first')!.defaultConfiguration!.level, 'note');
  });

  it('results: exact 1-based regions in UTF-16 units, relative percent-encoded URIs under %SRCROOT%, levels mapped', async () => {
    const dir = tempFolder({ '客户 A/engagement.yaml': 'kind: engagement\nid: a\ntitle: A\ncustomer: C\nstage: kickoff\nlanguage: en\nbudget: {currency: 😀, amount: x}\n' });
    const log = await sarif(dir);
    assert.ok(validate(log), ajv.errorsText(validate.errors));
    const run0 = log.runs[0];
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    assert.match(run0.originalUriBaseIds!['%SRCROOT%'].uri!, /^file:\/\/\/.*\/$/);
    const schemaHit = run0.results!.find((r) => r.ruleId === 'schema')!;
    const loc = schemaHit.locations![0].physicalLocation!;
    assert.deepEqual(loc.artifactLocation, { uri: '%E5%AE%A2%E6%88%B7%20A/engagement.yaml', uriBaseId: '%SRCROOT%' });
    assert.equal(schemaHit.level, 'error');
    assert.equal(run0.tool.driver.rules![schemaHit.ruleIndex!].id, 'schema');
    const text = await run(['check', dir, '--format', 'json', '--today', TODAY]);
    const d = JSON.parse(text.out).diagnostics.find((x: { code: string }) => x.code === 'schema');
    // `x` after "budget: {currency: 😀, amount: ": 31 UTF-16 units (the emoji is two), so column 32.
    assert.deepEqual(loc.region, { startLine: 7, startColumn: 32, endLine: 7, endColumn: 33 });
    assert.deepEqual(loc.region, { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn });
    assert.equal(run0.results!.find((r) => r.ruleId === 'missing-deliverable')!.level, 'note');
  });

  it('the flood cap’s summary is a result with properties.omitted', async () => {
    const fields = Array.from({ length: 230 }, (_, i) => `bad${i}: 1`).join('\n');
    const log = await sarif(tempFolder({ 'engagement.yaml': `kind: engagement\nid: a\ntitle: A\ncustomer: C\nstage: kickoff\nlanguage: en\n${fields}\n` }));
    assert.ok(validate(log), ajv.errorsText(validate.errors));
    const schemaResults = log.runs[0].results!.filter((r) => r.ruleId === 'schema');
    assert.equal(schemaResults.length, 201);
    assert.deepEqual(schemaResults[200].properties, { omitted: 30 });
    assert.match(schemaResults[200].message.text!, /and 30 more `schema` findings/);
  });

  it('sarif is a format of check only', async () => {
    assert.equal((await run(['status', TEAM_ROOT, '--format', 'sarif'])).code, 2);
  });
});
