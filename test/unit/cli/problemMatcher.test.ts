import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { formatText } from '../../../src/cli/formatCheck';
import { joinMessages } from '../../../src/cli/foldSamePlace';
import { runCapture as run } from '../helpers/cliRun';
import { TEAM_ROOT, TODAY } from '../team/teamFixture';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'presales');
const re = new RegExp(matcher.pattern.regexp);
const p = matcher.pattern;

interface Marker {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}

/**
 * What VS Code's task problem collector keeps (AbstractProblemCollector.recordMarker): one marker per owner, file
 * and IMarkerData.makeKeyOptionalMessage(marker, false) — source, code, severity and range, not the message; the
 * first one wins (off Windows). The matcher reads no end, so the range is the start position.
 */
function collect(owner: string, markers: readonly Marker[]): Map<string, Marker> {
  const kept = new Map<string, Marker>();
  for (const m of markers) {
    const key = JSON.stringify([owner, m.file, matcher.source, m.code, m.severity, m.line, m.column]);
    if (!kept.has(key)) kept.set(key, m);
  }
  return kept;
}

const keyOf = (d: Marker) => JSON.stringify([matcher.owner, d.file, matcher.source, d.code, d.severity, d.line, d.column]);

describe('the $presales problem matcher', () => {
  it('loses no finding of `presales check` in the task collector, even several of one code at one place', async () => {
    const r = await run(['check', TEAM_ROOT, '--format', 'json', '--today', TODAY]);
    const diagnostics: Marker[] = JSON.parse(r.out).diagnostics;
    const text = await run(['check', TEAM_ROOT, '--today', TODAY]);
    const lines = text.out.trim().split('\n');
    const markers = lines.map((l) => re.exec(l)).filter((m) => m !== null)
      .map((m): Marker => ({ file: m[p.file], line: Number(m[p.line]), column: Number(m[p.column]), severity: m[p.severity], code: m[p.code], message: m[p.message] }));
    assert.equal(lines.length, markers.length + 1); // the summary line is not a problem
    // The fixture has same-place findings (else this test could not fail): one line each would lose some.
    assert.ok(collect(matcher.owner, diagnostics).size < diagnostics.length);
    const kept = collect(matcher.owner, markers);
    assert.equal(kept.size, markers.length);
    for (const d of diagnostics) {
      const m = kept.get(keyOf(d));
      assert.ok(m, `no problem for ${keyOf(d)}`);
      // A Chinese sentence's closing 「。」 becomes the 「；」 that joins it to the next one.
      assert.ok(m.message.includes(d.message.replace(/。$/, '')), `${d.code} at ${d.file}:${d.line}:${d.column} lost "${d.message}"`);
    }
    // Both decision-maker gaps of the zh-CN engagement on one problem, joined as Chinese prose.
    const fir = markers.find((m) => m.file === '06-bidding-fir/engagement.yaml' && m.code === 'decision-maker-gap')!;
    assert.match(fir.message, /^干系人中没有拍板者。.*请找出此人并补充；干系人中没有IT技术抉择者。.*请找出此人并补充。$/);
    const delta = markers.find((m) => m.file === '04-solution-delta/engagement.yaml' && m.code === 'decision-maker-gap')!;
    assert.match(delta.message, /^No Approver is mapped\. .*add them\. No IT decider is mapped\. .*add them\.$/);
    const { summary } = JSON.parse(r.out);
    assert.ok(lines.at(-1)!.endsWith(`: ${summary.error} errors, ${summary.warning} warnings, ${summary.info} info`)); // counts findings, not lines
  });

  it('has its own owner, so a task run never replaces the extension\'s live diagnostics', () => {
    const extension = readFileSync(new URL('../../../src/extension/extension.ts', import.meta.url), 'utf8');
    const collections = [...extension.matchAll(/createDiagnosticCollection\('([^']+)'\)/g)].map((m) => m[1]);
    assert.ok(collections.includes('presales'));
    assert.equal(matcher.owner, 'presales-cli');
    assert.ok(!collections.includes(matcher.owner));
  });

  it('joins same-place messages as each language punctuates', () => {
    assert.equal(joinMessages(['缺少A。', '缺少B。'], 'zh-CN'), '缺少A；缺少B。');
    assert.equal(joinMessages(['缺少A', '缺少B'], 'zh-CN'), '缺少A；缺少B');
    assert.equal(joinMessages(['A is missing.', 'B is missing.'], 'en'), 'A is missing. B is missing.');
    assert.equal(joinMessages(['A is missing', 'B?', 'C'], 'en'), 'A is missing; B? C');
    assert.equal(joinMessages(['only'], 'en'), 'only');
  });

  it('keeps findings that differ in code, severity or column on lines of their own', () => {
    const at = (character: number, code: string, severity: 'error' | 'info', message: string) => ({ file: 'e.yaml', range: { start: { line: 0, character }, end: { line: 0, character: character + 1 } }, severity, code, message });
    const out = formatText([{ findings: [at(0, 'a-b', 'info', 'one.'), at(0, 'a-b', 'error', 'two.'), at(0, 'c-d', 'info', 'three.'), at(1, 'a-b', 'info', 'four.'), at(0, 'a-b', 'info', 'five.')], files: 1, language: 'en' }], false);
    assert.deepEqual(out.split('\n'), [
      'e.yaml:1:1 info a-b one. five.',
      'e.yaml:1:1 error a-b two.',
      'e.yaml:1:1 info c-d three.',
      'e.yaml:1:2 info a-b four.',
      '1 engagement, 1 file: 1 error, 0 warnings, 4 info',
    ]);
  });

  it('matches a coloured line once ANSI codes are removed (as VS Code does before matching)', () => {
    const f = { file: 'a b/x.yaml', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } }, severity: 'warning' as const, code: 'stale-contact', message: 'm: 1:2 x' };
    const line = formatText([{ findings: [f], files: 1, language: 'en' }], true).split('\n')[0];
    assert.notEqual(line, line.replace(/\x1b\[[0-9;]*m/g, ''));
    const m = re.exec(line.replace(/\x1b\[[0-9;]*m/g, ''))!;
    assert.deepEqual(m.slice(1), ['a b/x.yaml', '3', '5', 'warning', 'stale-contact', 'm: 1:2 x']);
    assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
  });
});
