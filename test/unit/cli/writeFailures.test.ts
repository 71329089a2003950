// The real `presales` process, with its output cut short (`| head -1`) or unwritable (/dev/full).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempFolder } from '../helpers/cliRun';

const BIN = join(__dirname, '..', '..', '..', 'src', 'cli', 'bin.ts');
const ENG = 'kind: engagement\nid: a\ntitle: A\ncustomer: C\nstage: kickoff\nlanguage: en\n';

/** Many findings (200 × 15 files), so the reader leaves long before the writer is done. */
function noisyFolder(): string {
  const files: Record<string, string> = { 'a/engagement.yaml': ENG };
  for (let i = 0; i < 15; i++) files[`a/r${i}.yaml`] = `kind: requirements\nitems:\n${Array.from({ length: 200 }, (_, j) => `  - {id: R-${j}, title: t, kano: x}`).join('\n')}\n`;
  return tempFolder(files);
}

/** Runs `presales <args>` in bash with its stdout sent to `sink` (`| head -1 >"$D/out"`, `>/dev/full`): its own exit status, stderr and stdout kept. */
function presales(args: string, sink: string): { status: number; stderr: string; out: string } {
  const d = tempFolder({});
  const script = `{ node --import tsx ${JSON.stringify(BIN)} ${args} 2>"$D/err"; echo $? >"$D/status"; } ${sink}`;
  spawnSync('bash', ['-c', script], { env: { ...process.env, D: d }, timeout: 300_000 });
  const read = (name: string) => (existsSync(join(d, name)) ? readFileSync(join(d, name), 'utf8') : '');
  return { status: Number(read('status')), stderr: read('err'), out: read('out') };
}

describe('write failures', () => {
  it('`check … | head -1` prints one line and exits with the findings\' status, no stack trace', () => {
    const dir = noisyFolder();
    const r = presales(`check ${JSON.stringify(dir)} --today 2026-11-28`, '| head -1 >"$D/out"');
    assert.equal(r.status, 1, 'schema errors were found: exit 1, as without the pipe');
    assert.match(r.out, /^a\/(engagement|r\d+)\.yaml:\d+:\d+ \S+ [a-z-]+ .*\n$/);
    assert.equal(r.stderr, '');
  });

  it('a clean folder piped into `head -1` still exits 0', () => {
    const dir = tempFolder({ 'a/engagement.yaml': ENG });
    assert.equal(presales(`check ${JSON.stringify(dir)} --today 2026-11-28`, '| head -0').status, 0);
  });

  it('writing to a full disk (/dev/full) gives one line on stderr and the findings\' status', { skip: !existsSync('/dev/full') }, () => {
    const dir = tempFolder({ 'a/engagement.yaml': ENG });
    const r = presales(`check ${JSON.stringify(dir)} --today 2026-11-28`, '>/dev/full');
    assert.equal(r.status, 0);
    assert.equal(r.stderr, 'presales: could not write the report (ENOSPC)\n');
  });
});
