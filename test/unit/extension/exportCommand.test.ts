import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { documentXml, tableRows } from '../export/docxText';
import { env, fake, Uri, workspace } from '../helpers/fakeVscode';
import { setUp, text, wsFiles } from './commandHarness';

const ZH = { 'test/fixtures/export/zh-bid': 'zh-bid' };

describe('presales.export', () => {
  it('starts the save dialog in exports/ only when that folder exists, so the dialog never asks to create it', async () => {
    const { run } = await setUp(ZH);
    const offered: string[] = [];
    fake.answer = (kind, _title, items) => {
      if (kind === 'save') offered.push(String((items as Uri[])[0]));
      return undefined;
    };
    await run('presales.export', { engagement: 'zh-bid', what: 'bid-summary', format: 'docx' });
    fake.files.set('file:///ws/zh-bid/exports/earlier.docx', new Uint8Array([1]));
    await run('presales.export', { engagement: 'zh-bid', what: 'bid-summary', format: 'docx' });
    assert.deepEqual(offered, ['file:///ws/zh-bid/hx-hospital-his-bid-summary.docx', 'file:///ws/zh-bid/exports/hx-hospital-his-bid-summary.docx']);
    assert.deepEqual(wsFiles().filter((f) => f.endsWith('.docx')), ['zh-bid/exports/earlier.docx'], 'a cancelled dialog writes nothing');
  });

  it('asks what, the format and where (default inside the engagement), then writes through workspace.fs', async () => {
    const { run } = await setUp(ZH);
    const asked: string[] = [];
    let offered = '';
    fake.answer = (kind, title, items) => {
      asked.push(`${kind}:${title}`);
      if (kind === 'pick' && title === 'Export what?') return (items as { what: string }[]).find((i) => i.what === 'bid-summary');
      if (kind === 'pick' && title === 'Export as?') return (items as { format: string }[]).find((i) => i.format === 'docx');
      if (kind === 'save') {
        offered = String((items as Uri[])[0]);
        return (items as Uri[])[0];
      }
      return undefined;
    };
    const written = await run('presales.export');
    assert.deepEqual(asked, ['pick:Export what?', 'pick:Export as?', 'save:Export Bid summary (开标一览表)', 'message:Exported hx-hospital-his-bid-summary.docx.']);
    assert.equal(offered, 'file:///ws/zh-bid/hx-hospital-his-bid-summary.docx', 'no exports/ folder yet: the engagement folder');
    assert.equal(String(written), offered);
    const bytes = fake.files.get(offered)!;
    assert.deepEqual(tableRows(documentXml(bytes))[4].cells, ['投标总价（大写）', '人民币壹佰贰拾叁万肆仟伍佰元伍角']);
  });

  it('writes HTML with the company stylesheet named in the settings, embedding the solution image', async () => {
    const { run } = await setUp(ZH);
    fake.files.set('file:///ws/brand/print.css', new TextEncoder().encode('h1 { color: #0a5; }'));
    fake.settings.set('presales.export.css', 'brand/print.css');
    try {
      await run('presales.export', { what: 'solution', format: 'html', uri: Uri.file('/ws/out/solution.html') });
    } finally {
      fake.settings.delete('presales.export.css');
    }
    const html = text('out/solution.html')!;
    assert.match(html, /\/\* company stylesheet \*\/\nh1 \{ color: #0a5; \}/);
    assert.match(html, /<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="总体架构图">/);
  });

  it('refuses untrusted workspaces, targets outside the folder, and replacing a file without confirmation', async () => {
    const { run } = await setUp(ZH);
    const before = wsFiles();
    workspace.isTrusted = false;
    await run('presales.export', { what: 'pricing', format: 'html', uri: Uri.file('/ws/p.html') });
    workspace.isTrusted = true;
    await run('presales.export', { what: 'pricing', format: 'html', uri: Uri.file('/elsewhere/p.html') });
    assert.deepEqual(wsFiles(), before);
    assert.equal(fake.files.has('file:///elsewhere/p.html'), false);
    assert.match(fake.shownMessages[0], /not trusted/);
    assert.match(fake.shownMessages[1], /inside the workspace folder of the engagement/);
    fake.files.set('file:///ws/p.html', new TextEncoder().encode('keep me'));
    await run('presales.export', { what: 'pricing', format: 'html', uri: Uri.file('/ws/p.html') });
    assert.equal(text('p.html'), 'keep me');
    assert.match(fake.shownMessages[2], /already exists\. Replace it\?/);
    fake.answer = (kind) => (kind === 'message' ? 'Replace' : undefined);
    await run('presales.export', { what: 'pricing', format: 'html', uri: Uri.file('/ws/p.html') });
    assert.match(text('p.html')!, /<title>报价明细表<\/title>/);
  });

  it('still writes a document the check finds errors in, then warns how many remain with a way to the Problems panel', async () => {
    const { run } = await setUp({ 'examples/county-hospital-bid': 'chb' });
    const asked: string[] = [];
    fake.answer = (kind, title, items) => {
      asked.push(`${kind}:${title}`);
      return kind === 'message' && title.includes('remain') ? (items as string[])[0] : undefined;
    };
    const written = await run('presales.export', { what: 'deviation-table', format: 'html', uri: Uri.file('/ws/chb/dev.html') });
    assert.equal(String(written), 'file:///ws/chb/dev.html');
    assert.match(text('chb/dev.html')!, /<title>偏离表<\/title>/);
    assert.deepEqual(asked, [
      'message:3 errors remain in this engagement (price-over-ceiling, deviation-contradiction, clause-unanswered) — fix them before handing the document over.',
      'message:Exported dev.html.',
    ]);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(fake.executed.map((e) => e.command), ['workbench.actions.view.problems']);
  });

  it('warns in Chinese in a Chinese session, and not at all when no error remains', async () => {
    const { run } = await setUp({ 'examples/county-hospital-bid': 'chb', 'test/fixtures/export/zh-bid': 'zh-bid' });
    fake.l10nBundle = JSON.parse(readFileSync(join(__dirname, '../../../l10n/parts/export.zh-cn.json'), 'utf8')) as Record<string, string>;
    env.language = 'zh-cn';
    try {
      await run('presales.export', { engagement: 'chb', what: 'bid-summary', format: 'html', uri: Uri.file('/ws/chb/a.html') });
      assert.equal(fake.shownMessages[0], '本项目仍有 3 个错误（price-over-ceiling、deviation-contradiction、clause-unanswered），请修正后再交付此文档。');
      fake.shownMessages.length = 0;
      await run('presales.export', { engagement: 'zh-bid', what: 'bid-summary', format: 'html', uri: Uri.file('/ws/zh-bid/a.html') });
      assert.deepEqual(fake.shownMessages, ['已导出 a.html。']);
    } finally {
      fake.l10nBundle = undefined;
      env.language = 'en';
    }
  });
});
