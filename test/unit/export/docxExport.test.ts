import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildExportDocument } from '../../../src/core/export/buildExport';
import { imageSources } from '../../../src/core/export/exportDocument';
import { renderDocx } from '../../../src/core/export/renderDocx';
import { documentXml, paragraphs, tableRows, unzipDocx } from './docxText';
import { loadFolder, readImages } from './loadFolder';

const BASE = join(__dirname, '../../fixtures/export');
const zh = loadFolder(join(BASE, 'zh-bid'), BASE);
const T = new Date('2026-12-01T00:00:00Z');

async function docx(what: Parameters<typeof buildExportDocument>[1]): Promise<Uint8Array> {
  const doc = buildExportDocument(zh, what);
  return renderDocx(doc, { timestamp: T, images: readImages(imageSources(doc), BASE) });
}

describe('DOCX export', () => {
  it('writes the deviation table with the committee columns, per part, ★/▲ kept and header rows repeated', async () => {
    const rows = tableRows(documentXml(await docx('deviation-table')));
    const header = ['序号', '条款号', '招标要求', '投标响应', '偏离情况', '证明材料/页码'];
    assert.deepEqual(rows.map((r) => r.cells), [
      header,
      ['1', '★3.1.2', '支持门诊挂号、收费一体化，窗口平均业务办理时间不超过 30 秒', '支持挂号收费一站式办理，实测平均 18 秒', '正偏离', '技术方案第 3.2 节，第 45 页；第三方测试报告第 12 页'],
      ['2', '▲3.2.1', '电子病历系统满足电子病历系统应用水平分级评价五级要求', '已支撑两家三甲医院通过五级评审', '无偏离', '评审证明材料，第 88–90 页'],
      ['3', '3.4', '提供数据接口文档', '提供完整 HL7/FHIR 接口文档', '无偏离', '附件五，第 120 页'],
      header,
      ['1', '★5.1', '质保期不少于 2 年', '免费质保 3 年', '正偏离', '商务响应第 6 页'],
      ['2', '▲5.3', '合同签订后 150 日历天内上线', '合同签订后 180 日历天内上线', '负偏离', '实施计划第 15 页'],
    ]);
    assert.deepEqual(rows.map((r) => r.header), [true, false, false, false, true, false, false]);
    const xml = documentXml(await docx('deviation-table'));
    assert.ok(xml.indexOf('技术偏离表') < xml.indexOf('商务偏离表'), 'technical part first');
  });

  it('writes the 开标一览表 with the total in figures and in 大写', async () => {
    const rows = tableRows(documentXml(await docx('bid-summary'))).map((r) => r.cells);
    assert.deepEqual(rows, [
      ['项目名称', '华新市第一人民医院新一代 HIS 采购项目'],
      ['项目编号', 'HXCG-2026-0815'],
      ['投标人名称', '示例软件股份有限公司'],
      ['投标总价（小写）', '¥1,234,500.50'],
      ['投标总价（大写）', '人民币壹佰贰拾叁万肆仟伍佰元伍角'],
      ['交货期／工期', '合同签订后 180 日历天内完成上线'],
      ['质保期', '免费质保 3 年'],
    ]);
  });

  it('writes the price schedule: options marked and left out of the total, discount applied', async () => {
    const rows = tableRows(documentXml(await docx('pricing'))).map((r) => r.cells);
    assert.deepEqual(rows.slice(1), [
      ['1', 'HIS 核心软件许可', '1', '800,000.00', '800,000.00', 'REQ-001'],
      ['2', '电子病历系统', '1', '334,500.50', '334,500.50', 'REQ-002'],
      ['3', '实施服务', '', '', '150,000.00', 'REQ-001, REQ-002'],
      ['4', '移动护理 PDA（选配）', '20', '3,000.00', '60,000.00', 'REQ-003'],
      ['', '小计', '', '', '1,284,500.50', ''],
      ['', '优惠', '', '', '−50,000.00', ''],
      ['', '合计', '', '', '1,234,500.50', ''],
      ['', '选配项合计（不计入总价）', '', '', '60,000.00', ''],
    ]);
  });

  it('writes the solution without front matter or comments, keeps lists and tables and embeds the image', async () => {
    const bytes = await docx('solution');
    const xml = documentXml(bytes);
    const text = paragraphs(xml).join('\n');
    assert.match(text, /^华新医院新一代 HIS 解决方案\n项目名称：/);
    assert.doesNotMatch(xml, /内部备注|竞争对手|kind: solution|owner/);
    assert.match(text, /A 现状描述\n医院现有 HIS 已运行十年，门诊高峰期排队严重。/);
    assert.match(text, /门诊挂号与收费一站式办理\n医保实时结算\n支持异地就医\n支持电子凭证/);
    assert.match(text, /详见 官网 \(https:\/\/example\.com\/his\)。/);
    assert.deepEqual(tableRows(xml).map((r) => r.cells), [['模块', '说明', '对应需求'], ['门诊', '挂号收费一体化', 'REQ-001'], ['电子病历', '五级评审支撑', 'REQ-002']]);
    const media = unzipDocx(bytes)['word/media/image1.png'];
    assert.deepEqual(media, new Uint8Array(readFileSync(join(BASE, 'zh-bid/04-solution/images/architecture.png'))));
    assert.match(xml, /<wp:docPr [^>]*descr="总体架构图"/);
  });

  it('writes the matrix: answered sections, priced lines and deviation rows per requirement', async () => {
    const rows = tableRows(documentXml(await docx('matrix'))).map((r) => r.cells);
    assert.deepEqual(rows.slice(1), [
      ['REQ-001', '门诊挂号与收费一体化', '基本型', '满足', 'D 方案总体设计', 'HIS 核心软件许可；实施服务', '★3.1.2'],
      ['REQ-002', '电子病历五级评审支撑', '期望型', '部分满足', 'D 方案总体设计', '电子病历系统；实施服务', '▲3.2.1'],
      ['REQ-003', '移动护理', '兴奋型', '满足', '—', '移动护理 PDA', '—'],
    ]);
  });

  it('uses the styles of a company reference .docx when one is given', async () => {
    const { docxStylesOf } = await import('../../../src/core/export/normalizeDocxZip');
    const reference = await docx('bid-summary');
    const styles = docxStylesOf(reference)!.replace('SimHei', 'KaiTi');
    const doc = buildExportDocument(zh, 'bid-summary');
    const out = unzipDocx(await renderDocx(doc, { timestamp: T, externalStyles: styles }));
    assert.match(Buffer.from(out['word/styles.xml']).toString('utf8'), /KaiTi/);
    assert.equal(docxStylesOf(new Uint8Array([1, 2, 3])), undefined);
  });
});
