import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { NodeEngagementFs } from '../../../src/cli/nodeFs';
import { buildGapLog, buildPortfolio, checkWorkspace, engagementFacts, evaluateByPerson } from '../../../src/core';
import { portfolioViewModel } from '../../../src/extension/portfolio/portfolioModel';
import { TODAY } from '../team/teamFixture';

const ROOT = fileURLToPath(new URL('../../fixtures/team-currency/', import.meta.url));
const zh = JSON.parse(readFileSync('l10n/parts/portfolio.zh-cn.json', 'utf8')) as Record<string, string>;

describe('portfolio panel: mixed currencies (test/fixtures/team-currency)', () => {
  it('amounts carry their currency, stage values and gap revenue name what is not added, the summary says it — both languages', async () => {
    const reports = await checkWorkspace(new NodeEngagementFs(ROOT), { today: TODAY });
    const facts = reports.map((r) => engagementFacts(r.engagement, r.findings, TODAY));
    const view = (lang: 'en' | 'zh-CN', t: (m: string) => string) => portfolioViewModel(buildPortfolio(facts, { today: TODAY }), evaluateByPerson(facts), buildGapLog(facts), (f) => f, lang, t);
    const en = view('en', (m) => m);
    const cobalt = en.rows.find((r) => r.id === 'cobalt')!;
    assert.deepEqual([cobalt.budgetText, cobalt.pricedText], ['300,000 EUR', '250,000 USD']);
    assert.equal(en.summary.at(-1), 'Totals are in CNY; amounts in other currencies are not added: USD 450,000 (2 engagements)');
    assert.equal(en.stages.find((s) => s.count === 1 && s.weighted === '0')!.value, '0; not added: USD 200,000 (1 engagement)');
    assert.equal(en.gaps[0].revenue, '1,000,000; not added: USD 200,000 (1 engagement)');
    const cn = view('zh-CN', (m) => zh[m] ?? m);
    assert.equal(cn.summary.at(-1), '合计均以 CNY 计；其他币种的金额未计入：USD 450,000（2 个项目）');
    assert.equal(cn.gaps[0].revenue, '1,000,000；未计入：USD 200,000（1 个项目）');
  });
});
