import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildExportDocument, EXPORT_KINDS } from '../../../src/core/export/buildExport';
import { exportTimestamp } from '../../../src/core/export/exportFile';
import { imageSources } from '../../../src/core/export/exportDocument';
import { renderDocx } from '../../../src/core/export/renderDocx';
import { renderHtml } from '../../../src/core/export/renderHtml';
import { unzipDocx } from './docxText';
import { loadFolder, readImages } from './loadFolder';

const BASE = join(__dirname, '../../fixtures/export');

async function docxOf(timestamp: Date, what: (typeof EXPORT_KINDS)[number]): Promise<Uint8Array> {
  const e = loadFolder(join(BASE, 'zh-bid'), BASE); // a fresh read each time: nothing may be cached between runs
  const doc = buildExportDocument(e, what);
  return renderDocx(doc, { timestamp, images: readImages(imageSources(doc), BASE) });
}

/** Zip local-header DOS time and date of the first entry. */
function firstEntryDosTime(zip: Uint8Array): [number, number] {
  const view = new DataView(zip.buffer, zip.byteOffset);
  return [view.getUint16(10, true), view.getUint16(12, true)];
}

describe('export determinism', () => {
  const epoch = new Date(1_764_547_200_000); // SOURCE_DATE_EPOCH=1764547200 → 2025-12-01T00:00:00Z

  for (const what of EXPORT_KINDS) {
    it(`gives byte-identical ${what} .docx for the same input and timestamp`, async () => {
      const a = await docxOf(epoch, what);
      const b = await docxOf(epoch, what);
      assert.ok(a.length > 1000);
      assert.deepEqual(a, b);
    });
  }

  it('stamps the timestamp into the core properties and every zip entry, in UTC whatever the time zone', async () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai';
      const shanghai = await docxOf(epoch, 'solution');
      process.env.TZ = 'America/Los_Angeles';
      const la = await docxOf(epoch, 'solution');
      assert.deepEqual(shanghai, la);
      // 2025-12-01 00:00:00 UTC in DOS format: time 0, date ((2025-1980) << 9) | (12 << 5) | 1.
      assert.deepEqual(firstEntryDosTime(la), [0, (45 << 9) | (12 << 5) | 1]);
      const core = Buffer.from(unzipDocx(la)['docProps/core.xml']).toString('utf8');
      assert.match(core, /<dcterms:created xsi:type="dcterms:W3CDTF">2025-12-01T00:00:00Z<\/dcterms:created>/);
      assert.match(core, /<dcterms:modified xsi:type="dcterms:W3CDTF">2025-12-01T00:00:00Z<\/dcterms:modified>/);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('changes only the timestamped parts when the timestamp changes', async () => {
    const a = unzipDocx(await docxOf(epoch, 'deviation-table'));
    const b = unzipDocx(await docxOf(new Date('2030-06-15T08:30:00Z'), 'deviation-table'));
    assert.deepEqual(Object.keys(a), Object.keys(b));
    const differing = Object.keys(a).filter((k) => Buffer.compare(Buffer.from(a[k]), Buffer.from(b[k])) !== 0);
    assert.deepEqual(differing, ['docProps/core.xml']);
  });

  it('gives identical HTML for the same input; only the created meta follows the timestamp', () => {
    const e = loadFolder(join(BASE, 'zh-bid'), BASE);
    const doc = buildExportDocument(e, 'solution');
    const images = readImages(imageSources(doc), BASE);
    const a = renderHtml(doc, { timestamp: epoch, images });
    assert.equal(renderHtml(buildExportDocument(loadFolder(join(BASE, 'zh-bid'), BASE), 'solution'), { timestamp: epoch, images }), a);
    const b = renderHtml(doc, { timestamp: new Date('2030-06-15T08:30:00Z'), images });
    assert.equal(a.replace(/content="2025-12-01T00:00:00.000Z"/, 'X'), b.replace(/content="2030-06-15T08:30:00.000Z"/, 'X'));
  });

  it('reads SOURCE_DATE_EPOCH as whole seconds, and ignores anything else', () => {
    const now = new Date('2031-01-02T03:04:05Z');
    assert.equal(exportTimestamp('1764547200', now).toISOString(), '2025-12-01T00:00:00.000Z');
    assert.equal(exportTimestamp(' 0 ', now).toISOString(), '1970-01-01T00:00:00.000Z');
    for (const bad of [undefined, '', '-5', '1.5', '1e9', 'yesterday', '9999999999999']) assert.equal(exportTimestamp(bad, now), now, String(bad));
  });
});
