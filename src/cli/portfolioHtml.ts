import { createHash } from 'node:crypto';
import { formatAmount, formatMessage, type Language, type Portfolio, type PortfolioRow, STAGES } from '../core';
import { htmlShell } from '../html/htmlShell';
import { currencyNote, leftOutList, money } from './currencyText';
import { dealLabels } from './dealLabel';
import { OUTCOME_TEXT, TEAM_TEXT as T, teamLine } from './teamStrings';
import { unreadLine } from './winLossText';

/** Column heads of the HTML table, both languages; `num` columns sort as numbers. */
const COLUMNS: { key: keyof PortfolioRow; en: string; zh: string; num?: boolean }[] = [
  { key: 'customer', en: 'Customer', zh: '客户' },
  { key: 'title', en: 'Title', zh: '项目' },
  { key: 'stage', en: 'Stage', zh: '阶段' },
  { key: 'days_in_stage', en: 'Days in stage', zh: '本阶段天数', num: true },
  { key: 'budget', en: 'Budget', zh: '预算', num: true },
  { key: 'priced', en: 'Priced', zh: '报价', num: true },
  { key: 'days_to_deadline', en: 'Bid deadline (days)', zh: '投标截止（天）', num: true },
  { key: 'qualification', en: 'Qualification', zh: '鉴定分', num: true },
  { key: 'errors', en: 'Errors', zh: '错误', num: true },
  { key: 'warnings', en: 'Warnings', zh: '警告', num: true },
  { key: 'last_activity', en: 'Last activity', zh: '最近活动' },
  { key: 'owner', en: 'Owner', zh: '负责人' },
];

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b;background:#fff}
@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#1e1e1e}th,td{border-color:#444!important}}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}th button{font:inherit;background:none;border:0;color:inherit;cursor:pointer;padding:0}
tr.stalled td:first-child::before{content:"⏸ "}input{font:inherit;padding:.25rem;margin:.5rem 0;min-width:20rem}`;

/** Sorts by a clicked column (numbers as numbers, empty last) and filters rows by a typed text; no network, no HTML built. */
const SCRIPT = `const t=document.getElementById('rows'),b=t.tBodies[0],f=document.getElementById('filter');
f.addEventListener('input',()=>{const q=f.value.toLowerCase();for(const r of b.rows)r.hidden=q!==''&&!r.textContent.toLowerCase().includes(q);});
for(const h of t.tHead.rows[0].cells)h.querySelector('button').addEventListener('click',()=>{const i=h.cellIndex,d=h.dataset.dir==='asc'?-1:1,n=h.dataset.num==='1';h.dataset.dir=d===1?'asc':'desc';
const v=(r)=>r.cells[i].dataset.v;const rows=[...b.rows].sort((x,y)=>{const a=v(x),c=v(y);if(a===''||c==='')return a===c?0:a===''?1:-1;return d*(n?Number(a)-Number(c):a.localeCompare(c));});
for(const r of rows)b.appendChild(r);});`;

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/**
 * `presales portfolio --format html`: one self-contained page. Every value is escaped; the only script and
 * style are the two constants above, allowed by their hashes in a CSP that forbids everything else
 * (no network, no inline handlers, no other script) — a hostile title stays text.
 */
export function portfolioHtml(p: Portfolio, language: Language): string {
  const zh = language === 'zh-CN';
  const t = (key: keyof typeof T, params: Record<string, unknown> = {}) => esc(teamLine(key, language, params));
  const stageLabel = (id: string | null) => STAGES.find((s) => s.id === id)?.label[language] ?? '';
  const mixed = p.totals.currencies.length > 1;
  const deal = dealLabels(p.engagements);
  const head = COLUMNS.map((c) => `<th data-num="${c.num ? 1 : 0}"><button type="button">${esc(zh ? c.zh : c.en)}</button></th>`).join('');
  const rows = p.engagements.map((r) => {
    const cells = COLUMNS.map((c) => {
      const raw = r[c.key];
      const shown = c.key === 'stage' ? stageLabel(r.stage) + (r.outcome ? ` · ${OUTCOME_TEXT[r.outcome][language]}` : '')
        : c.key === 'days_to_deadline' ? (r.deadline ? `${r.deadline} (${raw})` : '')
        : typeof raw === 'number' && (c.key === 'budget' || c.key === 'priced') ? money(raw, c.key === 'budget' ? r.currency : r.priced_currency, mixed) : raw === null ? '' : String(raw);
      const sortKey = c.key === 'stage' ? String(STAGES.findIndex((s) => s.id === r.stage)) : raw === null ? '' : String(raw);
      return `<td${c.num ? ' class="n"' : ''} data-v="${esc(sortKey)}">${esc(shown)}</td>`;
    });
    return `<tr${r.stalled ? ' class="stalled"' : ''} title="${esc(r.folder)}">${cells.join('')}</tr>`;
  });
  const stageRows = p.totals.byStage.map((s) => `<tr><td>${esc(stageLabel(s.stage))}</td><td class="n">${s.count}</td><td class="n">${esc(formatAmount(s.value) + (s.excluded.length > 0 ? ` + ${leftOutList(s.excluded, language)}` : ''))}</td><td class="n">${esc(formatAmount(s.weighted))}</td></tr>`);
  const tt = p.totals;
  const rate = tt.win_rate === null ? '—' : `${Math.round(tt.win_rate * 100)}%`;
  const none = formatMessage(T.none, language);
  const list = (xs: string[]) => esc(xs.join(zh ? '、' : ', ') || none);
  const title = t('portfolio', { today: p.today, count: tt.engagements, open: tt.open });
  return `${htmlShell({
    lang: zh ? 'zh-CN' : 'en',
    csp: `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; img-src 'none'; form-action 'none'; base-uri 'none'`,
    head: [`<title>${title}</title>`, `<style>${STYLE}</style>`],
    body: [
      `<h1>${title}</h1>`,
      `<p>${t('totals', { value: formatAmount(tt.pipeline.value), weighted: formatAmount(tt.pipeline.weighted), won: tt.won.count, wonValue: formatAmount(tt.won.value), lost: tt.lost.count, lostValue: formatAmount(tt.lost.value), rate })}</p>`,
      ...[currencyNote(tt.currency, tt.excluded, language)].filter((n) => n !== undefined).map((n) => `<p class="note">${esc(n)}</p>`),
      `<table><thead><tr><th>${esc(zh ? '阶段' : 'Stage')}</th><th>${esc(zh ? '数量' : 'Count')}</th><th>${esc(zh ? '金额' : 'Value')}</th><th>${esc(zh ? '加权' : 'Weighted')}</th></tr></thead><tbody>${stageRows.join('')}</tbody></table>`,
      `<p>${esc(formatMessage(T.due, language, { list: '' }))}${list(tt.due_this_week.map((d) => `${deal(d)} ${d.deadline}`))}</p>`,
      `<p>${esc(formatMessage(T.stalled, language, { days: tt.stalled_days, list: '' }))}${list(tt.stalled.map(deal))}</p>`,
      `<p>${esc(formatMessage(T.lossReasons, language, { list: '' }))}${list(tt.loss_reasons.map((r) => `${r.reason} ×${r.count}`))}</p>`,
      ...[unreadLine(tt, language)].filter((n) => n !== undefined).map((n) => `<p class="note">${esc(n)}</p>`),
      `<label>${esc(zh ? '筛选：' : 'Filter: ')}<input id="filter" type="search"></label>`,
      `<table id="rows"><thead><tr>${head}</tr></thead><tbody>`,
      rows.join('\n'),
      '</tbody></table>',
      `<script>${SCRIPT}</script>`,
    ],
  })}\n`;
}

/** Text as HTML text or attribute value. */
function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
