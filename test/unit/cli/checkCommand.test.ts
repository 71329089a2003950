import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCapture, tempFolder } from '../helpers/cliRun';

const run = runCapture;
const folder = (files: Record<string, string>) => tempFolder(files, 'presales-cli-');

const ENG = 'kind: engagement\nid: a\ntitle: A\ncustomer: C\nstage: kickoff\nlanguage: en\n';

describe('presales check', () => {
  it('prints compiler-style lines and exits 1 on an error finding', async () => {
    const dir = folder({ 'acme/engagement.yaml': ENG + 'budjet: 1\n' });
    const r = await run(['check', dir, '--today', '2026-11-28']);
    assert.equal(r.code, 1);
    assert.match(r.out, /^acme\/engagement\.yaml:7:1 error schema Unknown field `budjet`/m);
    assert.match(r.out, /1 engagement, 1 file: 1 error,/);
  });

  it('emits the JSON contract with 1-based positions relative to the folder', async () => {
    const dir = folder({ 'acme/engagement.yaml': ENG + 'budjet: 1\n' });
    const r = await run(['check', dir, '--format', 'json', '--today', '2026-11-28']);
    const json = JSON.parse(r.out);
    const d = json.diagnostics.find((x: { code: string }) => x.code === 'schema');
    assert.deepEqual(d, { file: 'acme/engagement.yaml', line: 7, column: 1, endLine: 7, endColumn: 7, severity: 'error', code: 'schema', message: d.message });
    assert.equal(json.summary.error, 1);
    assert.equal(json.summary.engagements, 1);
  });

  it('exits 0 when there are only warnings or information', async () => {
    const dir = folder({ 'engagement.yaml': ENG });
    const r = await run(['check', dir, '--today', '2026-11-28']);
    assert.equal(r.code, 0);
  });

  it('exits 2 on usage errors', async () => {
    assert.equal((await run(['check'])).code, 2);
    assert.equal((await run(['lint', '.'])).code, 2);
    assert.equal((await run(['check', '.', '--today', '28.11.2026'])).code, 2);
    assert.equal((await run(['check', '/definitely/not/here'])).code, 2);
    assert.equal((await run(['check', '.', '--format', 'xml'])).code, 2);
  });

  it('checks the bundled examples clean apart from the pitfalls they show', async () => {
    const r = await run(['check', 'examples/northwind-erp', '--today', '2026-11-28', '--format', 'json']);
    const json = JSON.parse(r.out);
    assert.deepEqual(json.diagnostics.filter((d: { severity: string }) => d.severity !== 'info'), []);
    assert.equal(r.code, 0);
  });
});
