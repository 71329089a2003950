// Engagement text that tries to forge report lines, CI workflow commands or terminal control reaches the
// terminal only as visible escapes, in every format of `presales check` and `presales status`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCapture, tempFolder } from '../helpers/cliRun';

const ENG = 'kind: engagement\nid: a\ntitle: "T\\e]0;pwned\\a"\ncustomer: C\nstage: kickoff\nlanguage: en\n';
const FORGED = 'kind: requirements\nitems:\n  - id: REQ-001\n    title: t\n    source: "p1\\n::error file=engagement.yaml,line=1::forged\\e[2J\\u202e"\n';
const PEOPLE = 'kind: stakeholders\npeople:\n  - {id: p0, name: P, type: user}\n';
/** Control and bidi characters that must never reach a terminal raw (tab and newline between lines aside). */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('hostile text in engagement files', () => {
  it('a dangling id with a newline and a workflow command stays on its own finding line, escaped', async () => {
    const dir = tempFolder({ 'a/engagement.yaml': ENG, 'a/requirements.yaml': FORGED, 'a/stakeholders.yaml': PEOPLE });
    const r = await runCapture(['check', dir, '--today', '2026-11-28']);
    assert.doesNotMatch(r.out, /^::error/m, 'no line starts a workflow command');
    assert.doesNotMatch(r.out, RAW);
    const line = r.out.split('\n').find((l) => l.includes('dangling-reference'));
    assert.ok(line?.includes('p1\\n::error file=engagement.yaml,line=1::forged\\e[2J\\u202e'), line);
  });

  it('JSON keeps the exact values, with no raw control or bidi character in the text', async () => {
    const dir = tempFolder({ 'a/engagement.yaml': ENG, 'a/requirements.yaml': FORGED, 'a/stakeholders.yaml': PEOPLE });
    const r = await runCapture(['check', dir, '--today', '2026-11-28', '--format', 'json']);
    assert.doesNotMatch(r.out, RAW);
    const d = JSON.parse(r.out).diagnostics.find((x: { code: string }) => x.code === 'dangling-reference');
    assert.ok(d.message.includes('p1\n::error file=engagement.yaml,line=1::forged\u001b[2J\u202e'));
  });

  it('status text escapes names and titles before laying them out', async () => {
    const people = 'kind: stakeholders\npeople:\n  - id: p1\n    name: "Wang\\n::warning::x\\u2066"\n    type: approver\n';
    const dir = tempFolder({ 'a/engagement.yaml': ENG, 'a/stakeholders.yaml': people });
    const r = await runCapture(['status', dir, '--today', '2026-11-28']);
    assert.doesNotMatch(r.out, /^::warning/m);
    assert.doesNotMatch(r.out, RAW);
    assert.match(r.out, /T\\e\]0;pwned\\x07/);
    assert.match(r.out, /Wang\\n::warning::x\\u2066/);
  });

  it('a file name with a newline cannot forge a report line', async () => {
    const dir = tempFolder({ 'a/engagement.yaml': ENG, 'a/x\n::error::y.yaml': 'kind: nonsense\n' });
    const r = await runCapture(['check', dir, '--today', '2026-11-28']);
    assert.doesNotMatch(r.out, /^::error/m);
    assert.match(r.out, /^a\/x\\n::error::y\.yaml:1:7 /m);
  });
});
