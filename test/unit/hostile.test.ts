// Hostile inputs: each is skipped or reported with an exact code and position, never executed, never a crash.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { checkWorkspace } from '../../src/core/checkWorkspace';
import { NodeEngagementFs } from '../../src/cli/nodeFs';
import type { Finding } from '../../src/core/types';
import { at, check, TODAY } from './helpers/checkFixture';

const ENG = 'kind: engagement\nid: h\ntitle: H\ncustomer: C\nstage: kickoff\nlanguage: en\n';
const only = async (name: string, content: string | Uint8Array): Promise<Finding[]> =>
  (await check({ 'e/engagement.yaml': ENG, [`e/${name}`]: content })).filter((f) => f.file === `e/${name}`);
const codes = (fs: Finding[]) => fs.map((f) => `${f.code}/${f.severity}`);

test('YAML alias bomb (billion laughs) is refused, not expanded', async () => {
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) {
    const [p, c] = ['abcdefghi'[i - 1], 'abcdefghi'[i]];
    levels.push(`${c}: &${c} [${Array(10).fill(`*${p}`).join(',')}]`);
  }
  const f = await only('bomb.yaml', `kind: stakeholders\n${levels.join('\n')}\n`);
  assert.deepEqual(codes(f), ['yaml-syntax/error']);
  // Refused at the alias whose expansion crosses the budget: the 8th `*c` of `d` (10 + 110 + 1,110 + 8 × 1,111 > 10,000).
  assert.deepEqual(at(f, 'yaml-syntax'), ['e/bomb.yaml:5:29-5:31']);
  assert.match(f[0].message, /alias|resource exhaustion/i);
});

test('100k-deep flow nesting [[[[… is refused at the level past the limit, and twice in one process', async () => {
  for (const name of ['deep1.yaml', 'deep2.yaml']) {
    const f = await only(name, '['.repeat(100_000));
    assert.deepEqual(codes(f), ['yaml-syntax/error']);
    assert.deepEqual(at(f, 'yaml-syntax'), [`e/${name}:1:129-1:130`]);
  }
  const dash = await only('dash.yaml', `${'- '.repeat(100_000)}x`);
  assert.deepEqual(at(dash, 'yaml-syntax'), ['e/dash.yaml:1:257-1:258']);
});

test('an alias DAG in a deviation table (1.4 KB, 2^45 nodes expanded) gives one yaml-syntax error, and the check ends', async () => {
  const rows = ['kind: deviation-table', 'items:', '  - ref: "1"', '    requirement: r', '    response: 响应', '    evidence: &l0 []'];
  for (let k = 1; k <= 45; k++) rows.push(`    e${k}: &l${k} [*l${k - 1}, *l${k - 1}]`);
  const f = await only('05-bidding/deviation-technical.yaml', rows.join('\n') + '\n');
  assert.deepEqual(codes(f), ['yaml-syntax/error']);
  assert.deepEqual(at(f, 'yaml-syntax'), ['e/05-bidding/deviation-technical.yaml:18:16-18:20']);
});

test('nesting hidden behind an anchor or a tag is refused at the level past the limit', async () => {
  for (const [name, prefix] of [['anchor.yaml', 'people: &a '], ['tag.yaml', 'people: !t ']] as const) {
    const f = await only(name, `kind: stakeholders\n${prefix}${'['.repeat(1_000_000)}`);
    assert.deepEqual(codes(f), ['yaml-syntax/error']);
    assert.deepEqual(at(f, 'yaml-syntax'), [`e/${name}:2:${prefix.length + 129}-2:${prefix.length + 130}`]);
  }
});

test('a binary file is skipped with a warning on its first line', async () => {
  const f = await only('logo.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  assert.deepEqual(codes(f), ['yaml-syntax/warning']);
  assert.deepEqual(at(f, 'yaml-syntax'), ['e/logo.yaml:1:1-1:1']);
  assert.match(f[0].message, /binary/);
});

test('non-UTF-8 text (GBK bytes) is skipped with a save-as-UTF-8 warning', async () => {
  // "kind: 你好" in GBK
  const f = await only('gbk.yaml', new Uint8Array([0x6b, 0x69, 0x6e, 0x64, 0x3a, 0x20, 0xc4, 0xe3, 0xba, 0xc3, 0x0a]));
  assert.deepEqual(codes(f), ['yaml-syntax/warning']);
  assert.deepEqual(at(f, 'yaml-syntax'), ['e/gbk.yaml:1:1-1:1']);
  assert.match(f[0].message, /UTF-8/);
});

test('unclosed front matter is reported on the opening fence', async () => {
  const f = await only('04-solution/solution.md', '---\nkind: solution\nstage: solution\n# A 现状描述\n');
  assert.deepEqual(at(f, 'yaml-syntax'), ['e/04-solution/solution.md:1:1-1:4']);
  assert.match(f.find((x) => x.code === 'yaml-syntax')!.message, /never closed/);
});

test('duplicate keys are an error on the whole repeated key', async () => {
  const f = await only('stakeholders.yaml', 'kind: stakeholders\npeople: []\npeople: []\n');
  assert.deepEqual(codes(f), ['yaml-syntax/error']);
  assert.deepEqual(at(f, 'yaml-syntax'), ['e/stakeholders.yaml:3:1-3:7']);
});

test('a second YAML document is an error from its `---` on', async () => {
  const f = await only('stakeholders.yaml', 'kind: stakeholders\npeople: []\n---\nkind: requirements\nitems: []\n');
  assert.deepEqual(codes(f), ['yaml-syntax/error']);
  assert.deepEqual(at(f, 'yaml-syntax'), ['e/stakeholders.yaml:3:1-6:1']);
});

test('custom tags (!!js/function, !exec) are never executed: a warning on the tag itself', async () => {
  const marker = join(tmpdir(), `pwb-pwned-${process.pid}`);
  const g = globalThis as { PWNED?: unknown };
  const fn = await only('stakeholders.yaml', 'kind: stakeholders\npeople: !!js/function "function(){ globalThis.PWNED = 1 }"\n');
  assert.deepEqual(at(fn, 'yaml-syntax'), ['e/stakeholders.yaml:2:9-2:22']);
  assert.equal(fn.find((x) => x.code === 'yaml-syntax')!.severity, 'warning');
  // The parser's own code travels with the finding (its English text is replaced by our localized one).
  assert.equal(fn.find((x) => x.code === 'yaml-syntax')!.data?.parserCode, 'TAG_RESOLVE_FAILED');
  const ex = await only('stakeholders.yaml', `kind: stakeholders\npeople:\n  - id: a\n    name: !exec "touch ${marker}"\n    type: user\n`);
  assert.deepEqual(at(ex, 'yaml-syntax'), ['e/stakeholders.yaml:4:11-4:16']);
  // The message says what happens — not supported, read as plain text, nothing runs — never "cannot be parsed".
  assert.equal(ex[0].message, 'The YAML tag `!exec` is not supported: it is ignored and the value is read as plain text (nothing runs). Remove the tag.');
  const py = (await check({ 'e/engagement.yaml': ENG.replace('language: en', 'language: zh-CN'), 'e/stakeholders.yaml': 'kind: stakeholders\npeople: !!python/object:os.system "ls"\n' }))
    .filter((f) => f.file === 'e/stakeholders.yaml');
  assert.deepEqual(at(py, 'yaml-syntax'), ['e/stakeholders.yaml:2:9-2:34']);
  assert.equal(py[0].message, '不支持 YAML 标签 `!!python/object:os.system`：该标签被忽略，值按普通文本读取（不会执行任何内容）。请删除该标签。');
  assert.equal(g.PWNED, undefined);
  assert.equal(existsSync(marker), false);
});

test('an empty file yields no finding (nothing to check), and the engagement still loads', async () => {
  assert.deepEqual(await only('notes.yaml', ''), []);
  assert.deepEqual(await only('notes.md', ''), []);
});

const tmp = mkdtempSync(join(tmpdir(), 'pwb-hostile-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

test('a symlink loop on disk is not followed (real NodeEngagementFs)', async () => {
  const root = join(tmp, 'loop');
  mkdirSync(join(root, 'e', 'sub'), { recursive: true });
  writeFileSync(join(root, 'e', 'engagement.yaml'), ENG);
  symlinkSync(join(root, 'e'), join(root, 'e', 'sub', 'back'), 'dir');
  symlinkSync(join(root, 'e', 'self.yaml'), join(root, 'e', 'self.yaml'));
  const reports = await checkWorkspace(new NodeEngagementFs(root), { today: TODAY });
  assert.deepEqual(reports.map((r) => r.engagement.root), ['e']);
  assert.deepEqual(reports[0].engagement.files.map((f) => f.path), ['e/engagement.yaml']);
});

test('a file past the size limit is skipped with a finding and never read', async () => {
  const root = join(tmp, 'huge');
  mkdirSync(join(root, 'e'), { recursive: true });
  writeFileSync(join(root, 'e', 'engagement.yaml'), ENG);
  writeFileSync(join(root, 'e', 'big.yaml'), '');
  truncateSync(join(root, 'e', 'big.yaml'), 5 * 1024 * 1024); // sparse: 5 MB on paper
  const fs = new NodeEngagementFs(root);
  const read: string[] = [];
  const spy = { readDirectory: (p: string) => fs.readDirectory(p), readFile: (p: string) => (read.push(p), fs.readFile(p)) };
  const findings = (await checkWorkspace(spy, { today: TODAY })).flatMap((r) => r.findings).filter((f) => f.file === 'e/big.yaml');
  assert.deepEqual(codes(findings), ['yaml-syntax/warning']);
  assert.deepEqual(at(findings, 'yaml-syntax'), ['e/big.yaml:1:1-1:1']);
  assert.match(findings[0].message, /4 MB/);
  assert.deepEqual(read, ['e/engagement.yaml']);
});
