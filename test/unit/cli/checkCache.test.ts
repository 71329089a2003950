import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkWithCache } from '../../../src/cli/cachedCheck';
import { readCache, cacheRunKey } from '../../../src/cli/checkCache';
import type { CliReport } from '../../../src/cli/cliReport';
import { NodeEngagementFs } from '../../../src/cli/nodeFs';
import { TOOL_VERSION } from '../../../src/cli/toolVersion';
import { runCapture as run, tempFolder } from '../helpers/cliRun';

const TODAY = '2026-12-01';
const eng = (id: string, extra = '') => `kind: engagement\nid: ${id}\ntitle: ${id}\ncustomer: C\nstage: introduction\nlanguage: en\n${extra}`;
const ACTS = 'kind: activities\nitems:\n  - date: 2026-11-01\n    type: visit\n';

/** Three engagements, one cache file beside them. */
function repo(): { dir: string; cache: string } {
  const dir = tempFolder({ 'a/engagement.yaml': eng('a'), 'a/activities.yaml': ACTS, 'b/engagement.yaml': eng('b'), 'c/engagement.yaml': eng('c') });
  return { dir, cache: join(tempFolder({}), 'cache.json') };
}

async function cached(dir: string, cacheFile: string, today = TODAY): Promise<{ hits: number; reports: CliReport[] }> {
  const reports: CliReport[] = [];
  const { hits } = await checkWithCache(new NodeEngagementFs(dir), { today, cacheFile, onDiscoveryProblem: () => undefined }, (r) => reports.push(r));
  return { hits, reports };
}

const lines = (out: string) => out.trim().split('\n');

describe('presales check --cache', () => {
  it('a second run serves every unchanged engagement from the cache, with the same report', async () => {
    const { dir, cache } = repo();
    const plain = await run(['check', dir, '--today', TODAY]);
    assert.equal((await cached(dir, cache)).hits, 0);
    assert.equal((await cached(dir, cache)).hits, 3);
    const again = await run(['check', dir, '--today', TODAY, '--cache-location', cache]);
    assert.deepEqual(lines(again.out), lines(plain.out));
    assert.equal(again.code, plain.code);
  });

  it('a changed file re-checks its whole engagement (and only it)', async () => {
    const { dir, cache } = repo();
    await cached(dir, cache);
    const before = await run(['check', dir, '--today', TODAY, '--cache-location', cache]);
    assert.match(before.out, /^a\/activities\.yaml:3:\d+ warning follow-up-overdue/m);
    writeFileSync(join(dir, 'a/activities.yaml'), ACTS + '    follow_up: 2026-11-02\n');
    const r = await cached(dir, cache);
    assert.equal(r.hits, 2);
    assert.ok(!r.reports.flatMap((x) => x.findings).some((f) => f.code === 'follow-up-overdue'));
    const after = await run(['check', dir, '--today', TODAY, '--cache-location', cache]);
    assert.doesNotMatch(after.out, /follow-up-overdue/);
  });

  it('an added or removed file counts as a change of its engagement', async () => {
    const { dir, cache } = repo();
    await cached(dir, cache);
    writeFileSync(join(dir, 'b/requirements.yaml'), 'kind: requirements\nitems: []\n');
    assert.equal((await cached(dir, cache)).hits, 2);
  });

  it('another --today or tool version is another key: nothing is reused', async () => {
    const { dir, cache } = repo();
    await cached(dir, cache);
    assert.equal((await cached(dir, cache, '2026-12-02')).hits, 0);
    assert.notEqual(cacheRunKey(TOOL_VERSION, TODAY), cacheRunKey(`${TOOL_VERSION}-next`, TODAY));
  });

  it('a corrupted cache is ignored, never trusted, and rewritten', async () => {
    const { dir, cache } = repo();
    await cached(dir, cache);
    const good = readFileSync(cache, 'utf8');
    const key = cacheRunKey(TOOL_VERSION, TODAY);
    // Truncated: not JSON.
    writeFileSync(cache, good.slice(0, good.length / 2));
    assert.equal(readCache(readFileSync(cache, 'utf8'), key).size, 0);
    assert.equal((await cached(dir, cache)).hits, 0);
    // Valid JSON, one finding's message altered: the checksum no longer matches.
    const forged = good.replace('follow-up-overdue', 'follow-up-overdux');
    assert.notEqual(forged, good);
    writeFileSync(cache, forged);
    assert.equal(readCache(forged, key).size, 0);
    const r = await cached(dir, cache);
    assert.equal(r.hits, 0);
    assert.ok(r.reports.flatMap((x) => x.findings).some((f) => f.code === 'follow-up-overdue'));
    // Rewritten intact: the next run hits again.
    assert.equal((await cached(dir, cache)).hits, 3);
    // Garbage of the right shape but the wrong types is refused too.
    assert.equal(readCache(JSON.stringify({ format: 'presales-cache-2', key, sum: 'x', entries: { a: { hash: 1 } } }), key).size, 0);
    assert.equal(readCache('null', key).size, 0);
  });

  it('--cache-location implies --cache; --cache is refused for status', async () => {
    const { dir, cache } = repo();
    await run(['check', dir, '--today', TODAY, '--cache-location', cache]);
    assert.equal(readCache(readFileSync(cache, 'utf8'), cacheRunKey(TOOL_VERSION, TODAY)).size, 3);
    assert.equal((await run(['status', dir, '--cache'])).code, 2);
  });

  it('portfolio --cache: the same report as without, from the digests kept in the same cache file', async () => {
    const { dir, cache } = repo();
    const plain = await run(['portfolio', dir, '--format', 'json', '--today', TODAY]);
    await run(['check', dir, '--today', TODAY, '--cache-location', cache]); // entries without digests
    const first = await run(['portfolio', dir, '--format', 'json', '--today', TODAY, '--cache-location', cache]);
    assert.deepEqual(JSON.parse(first.out), JSON.parse(plain.out));
    const entries = readCache(readFileSync(cache, 'utf8'), cacheRunKey(TOOL_VERSION, TODAY));
    assert.equal([...entries.values()].filter((e) => e.facts).length, 3);
    assert.equal((await cached(dir, cache)).hits, 3); // check reuses entries that carry digests
    const again = await run(['portfolio', dir, '--format', 'json', '--today', TODAY, '--cache-location', cache]);
    assert.deepEqual(JSON.parse(again.out), JSON.parse(plain.out));
    const gaps = await run(['gaps', dir, '--format', 'json', '--today', TODAY, '--cache-location', cache]);
    assert.equal(gaps.code, 0);
  });

  it('a digest of the wrong shape is refused even under a matching checksum', () => {
    const key = cacheRunKey(TOOL_VERSION, TODAY);
    const entry = { hash: 'h', files: 1, language: 'en', findings: [], facts: { root: 'a', errors: 'many', warnings: 0, reasons: [], gaps: [], evaluation: {} } };
    const text = (e: unknown) => {
      const entries = { a: e };
      return JSON.stringify({ format: 'presales-cache-2', key, sum: createHash('sha256').update(JSON.stringify(entries)).digest('hex'), entries });
    };
    assert.equal(readCache(text(entry), key).size, 0);
    assert.equal(readCache(text({ ...entry, facts: undefined }), key).size, 1);
  });

  it('a file over the size limit is hashed by its size, never read, and reported the same from the cache', async () => {
    const { dir, cache } = repo();
    writeFileSync(join(dir, 'a/big.yaml'), 'x'.repeat(4 * 1024 * 1024 + 1));
    const first = await run(['check', dir, '--today', TODAY, '--cache-location', cache]);
    assert.match(first.out, /^a\/big\.yaml:1:1 /m);
    assert.equal((await cached(dir, cache)).hits, 3);
    const again = await run(['check', dir, '--today', TODAY, '--cache-location', cache]);
    assert.deepEqual(lines(again.out), lines(first.out));
    writeFileSync(join(dir, 'a/big.yaml'), 'y'.repeat(4 * 1024 * 1024 + 2));
    assert.equal((await cached(dir, cache)).hits, 2);
  });
});
