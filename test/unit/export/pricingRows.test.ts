import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildExportDocument } from '../../../src/core/export/buildExport';
import { plainText } from '../../../src/core/export/exportDocument';
import { pricingSummary } from '../../../src/core/export/pricingRows';
import { readEngagement } from '../../../src/core/model/engagement';
import { parseSourceFile } from '../../../src/core/parse/sourceFile';

function engagement(files: Record<string, string>) {
  const parsed = Object.entries(files).map(([p, t]) => parseSourceFile(p, t));
  return readEngagement('', parsed.find((f) => f.path === 'engagement.yaml')!, parsed);
}

const ENG = 'kind: engagement\nid: x\ntitle: 测试项目\ncustomer: 某医院\nstage: bidding\nlanguage: zh-CN\n';

describe('pricing in exports', () => {
  it('sums several pricing files into one quote: unit price wins over amount, rate discounts per file', () => {
    const e = engagement({
      'engagement.yaml': ENG,
      'a.yaml': 'kind: pricing\ncurrency: CNY\nlines:\n  - item: 软件\n    qty: 2\n    unit_price: 100\n    amount: 999\n  - item: 选配\n    amount: 50\n    optional: true\ndiscount: 0.1\n',
      'b.yaml': 'kind: pricing\ncurrency: CNY\nlines:\n  - item: 服务\n    amount: 300.55\ndiscount: 0.5\n',
    });
    const p = pricingSummary(e)!;
    assert.deepEqual(p.lines.map((l) => [l.item, l.amount, l.optional]), [['软件', 200, false], ['选配', 50, true], ['服务', 300.55, false]]);
    assert.deepEqual([p.subtotal, p.discount, p.total, p.optionsTotal, p.discountRate], [500.55, 170.28, 330.28, 50, undefined]);
  });

  it('prints no total, rather than a wrong one, when the pricing files disagree on currency', () => {
    const e = engagement({
      'engagement.yaml': ENG,
      'a.yaml': 'kind: pricing\ncurrency: CNY\nlines:\n  - item: 软件\n    amount: 100\n',
      'b.yaml': 'kind: pricing\ncurrency: USD\nlines:\n  - item: 硬件\n    amount: 100\n',
    });
    const table = buildExportDocument(e, 'bid-summary').blocks[0];
    assert.ok(table.type === 'table');
    const rows = table.rows.map((r) => r.map(plainText));
    assert.deepEqual(rows.find((r) => r[0] === '投标总价（小写）'), ['投标总价（小写）', '（未填写）']);
    assert.deepEqual(rows.find((r) => r[0] === '投标总价（大写）'), ['投标总价（大写）', '（未填写）']);
  });
});
