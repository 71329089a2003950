import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formatText } from '../../../src/cli/formatCheck';
import { runCapture as run } from '../helpers/cliRun';
import { TEAM_ROOT, TODAY } from '../team/teamFixture';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'presales');
const re = new RegExp(matcher.pattern.regexp);

describe('the $presales problem matcher', () => {
  it('reads every finding line of `presales check` and nothing else', async () => {
    const r = await run(['check', TEAM_ROOT, '--format', 'json', '--today', TODAY]);
    const { diagnostics } = JSON.parse(r.out);
    const text = await run(['check', TEAM_ROOT, '--today', TODAY]);
    const lines = text.out.trim().split('\n');
    const matched = lines.map((l) => re.exec(l)).filter((m) => m !== null);
    assert.equal(matched.length, diagnostics.length);
    assert.equal(lines.length, diagnostics.length + 1); // the summary line is not a problem
    const p = matcher.pattern;
    matched.forEach((m, i) => {
      const d = diagnostics[i];
      assert.deepEqual([m[p.file], Number(m[p.line]), Number(m[p.column]), m[p.severity], m[p.code], m[p.message]], [d.file, d.line, d.column, d.severity, d.code, d.message]);
    });
  });

  it('matches a coloured line once ANSI codes are removed (as VS Code does before matching)', () => {
    const f = { file: 'a b/x.yaml', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } }, severity: 'warning' as const, code: 'stale-contact', message: 'm: 1:2 x' };
    const line = formatText([{ findings: [f], files: 1, language: 'en' }], true).split('\n')[0];
    assert.notEqual(line, line.replace(/\x1b\[[0-9;]*m/g, ''));
    const m = re.exec(line.replace(/\x1b\[[0-9;]*m/g, ''))!;
    assert.deepEqual(m.slice(1), ['a b/x.yaml', '3', '5', 'warning', 'stale-contact', 'm: 1:2 x']);
    assert.equal(matcher.owner, 'presales');
    assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
  });
});
