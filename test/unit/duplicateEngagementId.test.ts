import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkWorkspace, duplicateEngagementIds, type Finding } from '../../src/core';
import { runCapture as run, tempFolder } from './helpers/cliRun';
import { MemoryFs } from './helpers/memoryFs';

// Line 2 is `id: <id>`: the value starts at column 4 (0-based), as the ranges below say.
const eng = (id: string, language = 'en', extra = '') => `kind: engagement\nid: ${id}\ntitle: T\ncustomer: C\nstage: kickoff\nlanguage: ${language}\n${extra}`;
const dups = async (files: Record<string, string>) => (await checkWorkspace(new MemoryFs(files), { today: '2026-12-01' })).flatMap((r) => r.findings).filter((f) => f.code === 'duplicate-engagement-id');
const place = (f: Finding) => `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1}`;

describe('duplicate-engagement-id', () => {
  it('fires on the second and every later `id` value, naming the folder that has it first; not on the first', async () => {
    const f = await dups({ 'a-maple/engagement.yaml': eng('maple'), 'b-oak/engagement.yaml': eng('oak'), 'c-maple-copy/engagement.yaml': eng('maple'), 'd-maple-2/engagement.yaml': eng('maple') });
    assert.deepEqual(f.map(place), ['c-maple-copy/engagement.yaml:2:5-2:10', 'd-maple-2/engagement.yaml:2:5-2:10']);
    assert.equal(f[0].severity, 'warning');
    assert.equal(f[0].message, 'The engagement id “maple” is already used by the engagement in a-maple. Ids name an engagement across the team (portfolio, links, exports): give this copy its own id.');
    assert.deepEqual(f[1].data, { id: 'maple', first: 'a-maple' });
  });

  it('speaks the engagement’s language, follows its policy, and ignores engagements without an id', async () => {
    const [zh] = await dups({ 'a/engagement.yaml': eng('x'), 'b/engagement.yaml': eng('x', 'zh-CN') });
    assert.equal(zh.message, '项目 id“x”已被 a 中的项目使用。id 在整个团队中标识一个项目（项目组合、引用、导出）：请为这个副本另起一个 id。');
    assert.deepEqual(await dups({ 'a/engagement.yaml': eng('x'), 'b/engagement.yaml': eng('x', 'en', 'policy:\n  rules:\n    duplicate-engagement-id: off\n') }), []);
    const [err] = await dups({ 'a/engagement.yaml': eng('x'), 'b/engagement.yaml': eng('x', 'en', 'policy:\n  rules:\n    duplicate-engagement-id: error\n') });
    assert.equal(err.severity, 'error');
    assert.deepEqual(await dups({ 'a/engagement.yaml': eng("''"), 'b/engagement.yaml': eng("''") }), []);
  });

  it('over a list of engagements in any order (a host’s states), finds what checkWorkspace finds: discovery order, own policy', async () => {
    const files = { 'b/engagement.yaml': eng('x', 'en', 'policy:\n  rules:\n    duplicate-engagement-id: off\n'), 'c/engagement.yaml': eng('x', 'en', 'policy:\n  rules:\n    duplicate-engagement-id: info\n'), 'a/engagement.yaml': eng('x'), 'd/engagement.yaml': eng('x', 'zh-CN') };
    const reports = await checkWorkspace(new MemoryFs(files), { today: '2026-12-01' });
    const holders = reports.map((r) => ({ root: r.engagement.root, engagement: r.engagement, language: r.engagement.language })).reverse();
    const found = duplicateEngagementIds(holders);
    assert.deepEqual([...found].map(([h, f]) => `${h.root} ${f.severity} ${place(f)}`).sort(), ['c info c/engagement.yaml:2:5-2:6', 'd warning d/engagement.yaml:2:5-2:6']);
    assert.deepEqual(holders.flatMap((h) => found.get(h) ?? []).reverse(), reports.flatMap((r) => r.findings.filter((f) => f.code === 'duplicate-engagement-id')));
  });

  it('presales check reports it, with and without --cache (a cache hit still compares the ids)', async () => {
    const folder = tempFolder({ 'a/engagement.yaml': eng('maple'), 'b/engagement.yaml': eng('maple') });
    const line = /^b\/engagement\.yaml:2:5 warning duplicate-engagement-id The engagement id “maple” is already used by the engagement in a\./m;
    assert.match((await run(['check', folder, '--today', '2026-12-01'])).out, line);
    const cache = join(folder, '.presalescache');
    for (let i = 0; i < 2; i++) assert.match((await run(['check', folder, '--today', '2026-12-01', '--cache', '--cache-location', cache])).out, line);
  });

  it('--cache agrees with a plain run when the first holder switched the finding off (it still holds the id first)', async () => {
    const off = 'policy:\n  rules:\n    duplicate-engagement-id: off\n';
    const folder = tempFolder({ 'a/engagement.yaml': eng('x', 'en', off), 'b/engagement.yaml': eng('x', 'en', 'policy:\n  rules:\n    duplicate-engagement-id: error\n') });
    const line = /^b\/engagement\.yaml:2:5 error duplicate-engagement-id /m;
    const plain = (await run(['check', folder, '--today', '2026-12-01'])).out;
    assert.match(plain, line);
    assert.doesNotMatch(plain, /^a\/engagement\.yaml:2:5 .*duplicate-engagement-id/m);
    const cache = join(folder, '.presalescache');
    // The first run writes the cache, the second is served from it: both print what the plain run printed.
    for (let i = 0; i < 2; i++) assert.equal((await run(['check', folder, '--today', '2026-12-01', '--cache', '--cache-location', cache])).out, plain);
  });
});
