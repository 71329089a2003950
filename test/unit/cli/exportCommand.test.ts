import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runExport } from '../../../src/cli/exportCommand';
import { documentXml, tableRows } from '../export/docxText';
import { runCapture } from '../helpers/cliRun';

const FIXTURE = join(__dirname, '../../fixtures/export/zh-bid');
const made: string[] = [];
after(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A fresh copy of the zh-CN bid fixture in a temp folder. */
function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'presales-export-'));
  made.push(dir);
  cpSync(FIXTURE, join(dir, 'eng'), { recursive: true });
  return join(dir, 'eng');
}

/** The same bid fixture recorded as an English engagement (refusals follow the engagement's language). */
function copyFixtureEn(): string {
  const eng = copyFixture();
  const file = join(eng, 'engagement.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^language: zh-CN$/m, 'language: en'));
  return eng;
}

async function run(argv: string[], env: NodeJS.ProcessEnv = { SOURCE_DATE_EPOCH: '1764547200' }) {
  let out = '';
  let err = '';
  const code = await runExport(argv, (s) => (out += s + '\n'), (s) => (err += s + '\n'), env);
  return { code, out, err };
}

describe('presales export', () => {
  it('writes the bid summary .docx into <engagement>/exports by default and prints its path', async () => {
    const eng = copyFixture();
    const r = await run([eng, '--what', 'bid-summary', '--format', 'docx']);
    assert.equal(r.code, 0, r.err);
    const file = join(eng, 'exports', 'hx-hospital-his-bid-summary.docx');
    assert.equal(r.out, `${file}\n`);
    const rows = tableRows(documentXml(new Uint8Array(readFileSync(file)))).map((x) => x.cells);
    assert.deepEqual(rows[4], ['投标总价（大写）', '人民币壹佰贰拾叁万肆仟伍佰元伍角']);
  });

  it('is reachable through the main dispatcher and writes identical bytes twice under SOURCE_DATE_EPOCH', async () => {
    const eng = copyFixture();
    const a = join(eng, 'a.html');
    const b = join(eng, 'b.docx');
    const c = join(eng, 'c.docx');
    const before = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1764547200';
    try {
      assert.equal((await runCapture(['export', eng, '--what', 'deviation-table', '--out', a])).code, 0);
      assert.equal((await runCapture(['export', eng, '--what', 'solution', '--format', 'docx', '--out', b])).code, 0);
      assert.equal((await runCapture(['export', eng, '--what', 'solution', '--format', 'docx', '--out', c])).code, 0);
    } finally {
      if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = before;
    }
    assert.match(readFileSync(a, 'utf8'), /<td>★3\.1\.2<\/td>|<strong>★<\/strong>3\.1\.2/);
    assert.deepEqual(readFileSync(b), readFileSync(c));
  });

  it('refuses to overwrite without --force, and replaces with it', async () => {
    const eng = copyFixture();
    const out = join(eng, 'x.html');
    assert.equal((await run([eng, '--what', 'pricing', '--format', 'html', '--out', out])).code, 0);
    const again = await run([eng, '--what', 'matrix', '--format', 'html', '--out', out]);
    assert.equal(again.code, 2);
    assert.match(again.err, /^presales: \S*x\.html 已存在；如需替换，请加上 --force$/m);
    assert.match(readFileSync(out, 'utf8'), /<title>报价明细表<\/title>/);
    assert.equal((await run([eng, '--what', 'matrix', '--format', 'html', '--out', out, '--force'])).code, 0);
    assert.match(readFileSync(out, 'utf8'), /<title>需求响应矩阵<\/title>/);
  });

  it('refuses to write outside the engagement and the current folder, or through a link', async () => {
    const eng = copyFixture();
    const outside = join(tmpdir(), `presales-outside-${process.pid}.html`);
    const r = await run([eng, '--what', 'pricing', '--format', 'html', '--out', outside]);
    assert.equal(r.code, 2);
    assert.match(r.err, /^presales: 拒绝写入：\S+ 不在本项目文件夹或当前文件夹内$/m);
    assert.equal(existsSync(outside), false);
    symlinkSync(tmpdir(), join(eng, 'link'));
    const linked = await run([eng, '--what', 'pricing', '--format', 'html', '--out', join(eng, 'link', `presales-l-${process.pid}.html`)]);
    assert.equal(linked.code, 2);
    assert.match(linked.err, /^presales: 拒绝写入：\S+ 经由链接通往项目文件夹之外$/m);
  });

  it('embeds images inside the engagement and none that a link leads out of it', async () => {
    const eng = copyFixture();
    const png = join(eng, '04-solution/images/architecture.png');
    assert.equal((await run([eng, '--what', 'solution', '--format', 'html', '--out', join(eng, 'in.html')])).code, 0);
    assert.match(readFileSync(join(eng, 'in.html'), 'utf8'), /<img src="data:image\/png;base64,/);
    const outside = join(eng, '..', 'outside.png');
    cpSync(png, outside);
    rmSync(png);
    symlinkSync(outside, png);
    assert.equal((await run([eng, '--what', 'solution', '--format', 'html', '--out', join(eng, 'out.html')])).code, 0);
    const html = readFileSync(join(eng, 'out.html'), 'utf8');
    assert.doesNotMatch(html, /<img /);
    assert.match(html, /\[图片缺失: 总体架构图\]/);
  });

  it('uses the company stylesheet named in engagement.yaml, and never one outside the engagement', async () => {
    const eng = copyFixture();
    mkdirSync(join(eng, 'brand'));
    writeFileSync(join(eng, 'brand', 'print.css'), 'h1 { color: #0a5; }');
    appendFileSync(join(eng, 'engagement.yaml'), 'export:\n  css: brand/print.css\n');
    assert.equal((await run([eng, '--what', 'bid-summary', '--format', 'html', '--out', join(eng, 'a.html')])).code, 0);
    assert.match(readFileSync(join(eng, 'a.html'), 'utf8'), /\/\* company stylesheet \*\/\nh1 \{ color: #0a5; \}/);
    writeFileSync(join(eng, '..', 'evil.css'), 'h1 { color: red; }');
    writeFileSync(join(eng, 'engagement.yaml'), readFileSync(join(eng, 'engagement.yaml'), 'utf8').replace('brand/print.css', '../evil.css'));
    assert.equal((await run([eng, '--what', 'bid-summary', '--format', 'html', '--out', join(eng, 'b.html')])).code, 0);
    assert.doesNotMatch(readFileSync(join(eng, 'b.html'), 'utf8'), /company stylesheet|color: red/);
  });

  it('refuses in English for an English engagement', async () => {
    const eng = copyFixtureEn();
    const out = join(eng, 'x.html');
    assert.equal((await run([eng, '--what', 'pricing', '--format', 'html', '--out', out])).code, 0);
    assert.match((await run([eng, '--what', 'matrix', '--format', 'html', '--out', out])).err, /^presales: \S*x\.html exists; pass --force to replace it$/m);
    const outside = join(tmpdir(), `presales-outside-en-${process.pid}.html`);
    assert.match((await run([eng, '--what', 'pricing', '--format', 'html', '--out', outside])).err, /^presales: refusing to write outside the engagement and the current folder: \S+$/m);
    rmSync(join(eng, '04-solution/solution.md'));
    assert.match((await run([eng, '--what', 'solution', '--format', 'html'])).err, /^presales: \S+ has nothing to export as solution$/m);
  });

  it('says so when there is nothing to export, and explains bad arguments', async () => {
    const eng = copyFixture();
    rmSync(join(eng, '04-solution/solution.md'));
    const none = await run([eng, '--what', 'solution', '--format', 'html']);
    assert.equal(none.code, 1);
    assert.match(none.err, /^presales: \S+ 中没有可导出为 solution 的内容$/m);
    const bad = await run([eng, '--what', 'slides', '--format', 'html']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--what must be one of deviation-table, bid-summary, solution, pricing, matrix, not "slides"/);
    assert.match((await run([eng, '--what', 'pricing'])).err, /--format is required/);
    assert.match((await run([join(eng, 'nope'), '--what', 'pricing', '--format', 'html'])).err, /not a folder/);
  });

  it('still writes a document the check finds errors in, and says on stderr how many remain and which codes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presales-export-'));
    made.push(dir);
    const eng = join(dir, 'county-hospital-bid');
    cpSync(join(__dirname, '../../../examples/county-hospital-bid'), eng, { recursive: true });
    const r = await run([eng, '--what', 'deviation-table', '--format', 'html', '--today', '2026-12-01']);
    assert.equal(r.code, 0);
    const file = join(eng, 'exports', 'county-hospital-bid-deviation-table.html');
    assert.equal(r.out, `${file}\n`);
    assert.ok(existsSync(file));
    assert.equal(r.err, '本项目仍有 3 个错误（price-over-ceiling、deviation-contradiction、clause-unanswered），请运行 presales check 逐条修正后再交付此文档。\n');
  });

  it('names one remaining error in English for an English engagement, and says nothing when none remains', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presales-export-'));
    made.push(dir);
    const eng = join(dir, 'northwind');
    cpSync(join(__dirname, '../../fixtures/export/northwind-erp'), eng, { recursive: true });
    const clean = await run([eng, '--what', 'bid-summary', '--format', 'html', '--out', join(eng, 'a.html'), '--today', '2026-12-01']);
    assert.deepEqual([clean.code, clean.err], [0, '']);
    const tender = join(eng, '05-bidding', 'tender.yaml');
    writeFileSync(tender, readFileSync(tender, 'utf8').replace('budget: 1200000', 'budget: 100000'));
    const over = await run([eng, '--what', 'bid-summary', '--format', 'html', '--out', join(eng, 'b.html'), '--today', '2026-12-01']);
    assert.equal(over.code, 0);
    assert.ok(existsSync(join(eng, 'b.html')));
    assert.equal(over.err, '1 error remains in this engagement (price-over-ceiling) — run presales check and fix it before handing the document over.\n');
    const badDay = await run([eng, '--what', 'bid-summary', '--format', 'html', '--out', join(eng, 'c.html'), '--today', '2026-02-30']);
    assert.equal(badDay.code, 2);
    assert.match(badDay.err, /--today must be a real date/);
    assert.equal(existsSync(join(eng, 'c.html')), false);
  });

  it('escapes control characters of folder names in what it prints (no forged lines, no terminal escapes)', async () => {
    const eng = copyFixture();
    const forged = join(eng, 'x\n::error file=a::\u001b[2J');
    const r = await run([forged, '--what', 'pricing', '--format', 'html']);
    assert.equal(r.code, 2);
    assert.doesNotMatch(r.err, /\n::error|\u001b/);
    assert.match(r.err, /x\\n::error file=a::/);
  });
});
