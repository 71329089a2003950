// What discovery cannot search is reported, never skipped in silence; a folder without an engagement is exit 2.
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { describe, it, mock } from 'node:test';
import { discoverWorkspace, MAX_DEPTH } from '../../../src/core/discoverEngagements';
import { MemoryFs } from '../helpers/memoryFs';
import { runCapture, tempFolder } from '../helpers/cliRun';

const ENG = 'kind: engagement\nid: a\ntitle: A\ncustomer: C\nstage: kickoff\nlanguage: en\n';
const TODAY = ['--today', '2026-11-28'];
const NONE_EN = /no engagement found below .*; an engagement is a folder with an engagement\.yaml \(kind: engagement\)\./;
const NONE_ZH = /presales：在 .* 下没有找到售前项目；售前项目是含有 engagement\.yaml（kind: engagement）的文件夹。/;

describe('discovery problems', () => {
  it('a folder with no engagement at all exits 2 with a message in both languages', async () => {
    const r = await runCapture(['check', tempFolder({ 'notes/readme.md': '# hi\n' }), ...TODAY]);
    assert.equal(r.code, 2);
    assert.match(r.err, NONE_EN);
    assert.match(r.err, NONE_ZH);
  });

  for (const name of ['engagement.yml', 'Engagement.yaml', 'ENGAGEMENT.YML']) {
    it(`${name} is a warning that asks "did you mean engagement.yaml?", not "0 engagements"`, async () => {
      const r = await runCapture(['check', tempFolder({ [`acme/${name}`]: ENG }), ...TODAY]);
      assert.equal(r.code, 2);
      assert.equal(r.out, `acme/${name}:1:1 warning unknown-kind \`${name}\` is not read as an engagement: the marker file must be named exactly \`engagement.yaml\` (did you mean engagement.yaml?).\n0 engagements, 0 files: 0 errors, 1 warning, 0 info\n`);
      assert.match(r.err, NONE_EN);
    });
  }

  it('an empty, a kind-less and an other-kind engagement.yaml are errors that say what to write', async () => {
    const dir = tempFolder({ 'a/engagement.yaml': '', 'b/engagement.yaml': 'id: b\ntitle: B\ncustomer: C\nstage: kickoff\n', 'c/engagement.yaml': 'kind: stakeholders\npeople: []\n' });
    const r = await runCapture(['check', dir, ...TODAY, '--format', 'json']);
    assert.equal(r.code, 1);
    const marker = JSON.parse(r.out).diagnostics.filter((d: { code: string; severity: string }) => d.code === 'unknown-kind');
    assert.deepEqual(marker.map((d: { file: string; line: number; column: number; severity: string }) => `${d.file}:${d.line}:${d.column} ${d.severity}`), ['a/engagement.yaml:1:1 error', 'b/engagement.yaml:1:1 error', 'c/engagement.yaml:1:7 error']);
    assert.match(marker[0].message, /^engagement\.yaml is empty, .* Write at least `kind: engagement`, `id`, `title`, `customer`, `stage`\.$/);
    assert.match(marker[1].message, /^engagement\.yaml has no `kind: engagement`/);
    assert.match(marker[2].message, /declares `kind: stakeholders`, but this file marks the engagement and must be `kind: engagement`/);
  });

  it('the depth limit is reported on the folder where the search stopped', async () => {
    const deep = Array.from({ length: MAX_DEPTH + 2 }, (_, i) => `d${i}`).join('/');
    const d = await discoverWorkspace(new MemoryFs({ 'top/engagement.yaml': ENG, [`${deep}/engagement.yaml`]: ENG }));
    assert.deepEqual(d.engagements.map((e) => e.root), ['top']);
    const stop = deep.split('/').slice(0, MAX_DEPTH).join('/'); // the last folder searched, MAX_DEPTH levels down
    assert.deepEqual(d.problems, [{ reason: 'too-deep', path: stop }]);
  });

  it('an unreadable folder is a warning on the folder; an unreadable file a warning on the file', async () => {
    const dir = tempFolder({ 'a/engagement.yaml': ENG, 'a/locked/x.yaml': 'kind: stakeholders\n', 'a/secret.yaml': 'kind: stakeholders\npeople: []\n' });
    const denied = (p: string) => Object.assign(new Error(`EACCES: permission denied, '${p}'`), { code: 'EACCES' });
    const readdir = fsp.readdir.bind(fsp);
    const readFile = fsp.readFile.bind(fsp);
    mock.method(fsp, 'readdir', (p: string, o: object) => (String(p).endsWith('locked') ? Promise.reject(denied(String(p))) : readdir(p, o as never)));
    mock.method(fsp, 'readFile', (p: string, o?: object) => (String(p).endsWith('secret.yaml') ? Promise.reject(denied(String(p))) : readFile(p, o as never)));
    try {
      const r = await runCapture(['check', dir, ...TODAY]);
      assert.equal(r.code, 0);
      assert.match(r.out, /^a\/locked:1:1 warning unknown-kind This folder could not be read \(permissions\?\), so nothing below it was checked\.$/m);
      assert.match(r.out, /^a\/secret\.yaml:1:1 warning yaml-syntax /m);
    } finally {
      mock.restoreAll();
    }
  });

  it('an unreadable folder to check is exit 2 in both languages', async () => {
    const dir = tempFolder({ 'a/engagement.yaml': ENG });
    const readdir = fsp.readdir.bind(fsp);
    mock.method(fsp, 'readdir', (p: string, o: object) => (String(p) === dir ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) : readdir(p, o as never)));
    try {
      const r = await runCapture(['check', dir, ...TODAY]);
      assert.equal(r.code, 2);
      assert.match(r.err, /cannot read the folder .* \(permissions\?\)\.\npresales：无法读取文件夹 .*（权限不足？）。/);
    } finally {
      mock.restoreAll();
    }
  });
});
