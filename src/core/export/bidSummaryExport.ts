import type { Engagement } from '../model/engagement';
import { toChineseCapitalAmount } from './chineseAmount';
import { text, type ExportDocument } from './exportDocument';
import { exportLabels } from './exportLabels';
import { exportFields, formatMoney, projectName } from './exportMeta';
import { pricingSummary } from './pricingRows';

const RMB = /^(CNY|RMB|¥|￥|人民币|元)$/i;

/**
 * The 开标一览表 (bid summary read out at the bid opening): project, tender number, bidder, total price in
 * figures and in Chinese capitals (大写), delivery period and warranty, then the signature line.
 * Sources: project = tender `project` else engagement `title`; number = tender `tender_no`; bidder = engagement
 * `bidder`; price = the priced total of the pricing files (Σ non-optional lines − discount); delivery and
 * warranty = pricing `delivery` / `warranty` (what we offer), else the tender's. A field with no source prints
 * "(not given)" rather than a guess.
 */
export function bidSummaryExport(e: Engagement): ExportDocument {
  const l = exportLabels(e.language);
  const f = exportFields(e);
  const pricing = pricingSummary(e);
  const currency = pricing?.currency ?? e.budget?.currency ?? e.tenders[0]?.currency ?? '';
  const total = pricing?.total;
  const rmb = RMB.test(currency) || (currency === '' && e.language === 'zh-CN');
  const figures = total === undefined ? l.notGiven : rmb ? `¥${formatMoney(total)}` : `${currency} ${formatMoney(total)}`.trim();
  const capitals = total === undefined ? l.notGiven : `${rmb ? '人民币' : `${currency} `}${toChineseCapitalAmount(total)}`;
  const rows: [string, string][] = [[l.projectName, projectName(e, f)]];
  if (f.tenderNumber) rows.push([l.tenderNumber, f.tenderNumber]);
  rows.push(
    [l.bidder, f.bidder ?? l.notGiven],
    [l.totalFigures, figures],
  );
  // 大写 is what Chinese bid forms ask for; an English bid in another currency has no use for it.
  if (rmb || e.language === 'zh-CN') rows.push([l.totalCapitals, capitals]);
  rows.push(
    [l.deliveryPeriod, f.delivery ?? l.notGiven],
    [l.warranty, f.warranty ?? l.notGiven],
  );
  return {
    title: l.bidSummaryTitle,
    language: e.language,
    meta: [],
    blocks: [
      { type: 'table', header: [], rows: rows.map(([k, v]) => [text(k, { bold: true }), text(v)]), widths: [30, 70] },
      { type: 'paragraph', content: text(l.signature) },
    ],
  };
}
