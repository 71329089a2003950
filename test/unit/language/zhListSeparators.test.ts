import * as assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildStatus, checkWorkspace } from '../../../src/core';
import { panelModel } from '../../../src/extension/dashboardPanel/panelModel';
import { portfolioViewModel } from '../../../src/extension/portfolio/portfolioModel';
import { buildGapLog, buildPortfolio, evaluateByPerson } from '../../../src/core';
import { renderPanelInDom } from '../dashboard/panelHarness';
import { fsFromFolder } from '../helpers/checkFixture';
import { runCapture, tempFolder } from '../helpers/cliRun';
import { zhParts } from '../helpers/zhTranslations';
import { TODAY, teamFacts } from '../team/teamFixture';

/**
 * Chinese output lists with 、 (items) and ； (clauses), never the ASCII ", " / "; " of the English text
 * (s18 trial: "挑战：…，预算 1,200,000; 锦上添花：…", "林晓东, 宋玉"). Every zh-CN surface that joins a list is
 * scanned; a line that still carries an ASCII separator is reported with its text.
 */
const ASCII_SEP = /[;,] (?=\S)/;

function asciiSeparated(label: string, text: string): string[] {
  return text.split('\n').filter((l) => ASCII_SEP.test(l)).map((l) => `${label}: ${l.trim()}`);
}

/** The team fixture with every engagement in Chinese (the team report is Chinese only when all are). */
function zhTeam(): string {
  const dir = tempFolder({}, 'presales-zhteam-');
  cpSync('test/fixtures/team', dir, { recursive: true });
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    if (!name.isDirectory()) continue;
    const file = join(dir, name.name, 'engagement.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^language: en$/m, 'language: zh-CN'));
  }
  return dir;
}

describe('zh-CN output joins lists with 、 and ；, not ASCII ", " / "; "', () => {
  it('CLI: status and trace of the Chinese examples, portfolio and gaps of an all-Chinese team', async () => {
    const team = zhTeam();
    const runs: [string, string[]][] = [
      ['status county-hospital-bid', ['status', 'examples/county-hospital-bid', '--today', '2026-12-01']],
      ['status acme-his', ['status', 'examples/acme-his', '--today', '2026-12-01']],
      ['trace county-hospital-bid', ['trace', 'examples/county-hospital-bid']],
      ['trace acme-his', ['trace', 'examples/acme-his']],
      ['portfolio', ['portfolio', team, '--today', TODAY]],
      ['gaps', ['gaps', team, '--today', TODAY]],
    ];
    const bad: string[] = [];
    let lists = 0;
    for (const [label, argv] of runs) {
      const r = await runCapture(argv);
      assert.ok(r.code === 0 || r.code === 1, `${label}: exit ${r.code} ${r.err}`);
      assert.match(r.out, /[\u4e00-\u9fff]/, `${label} is in Chinese`);
      lists += (r.out.match(/、/g) ?? []).length;
      bad.push(...asciiSeparated(label, r.out));
    }
    assert.deepEqual(bad, []);
    assert.ok(lists > 10, 'the scanned output really has lists');
  });

  it('portfolio panel: gap types joined with ；, lists with 、', async () => {
    const facts = [...(await teamFacts()).values()].map((f) => ({ ...f, language: 'zh-CN' as const }));
    const zh = zhParts('portfolio');
    const m = portfolioViewModel(buildPortfolio(facts, { today: TODAY }), evaluateByPerson(facts), buildGapLog(facts), (f) => f, 'zh-CN', (s) => zh[s] ?? s);
    const multi = m.gaps.find((g) => g.types.includes('；'));
    assert.ok(multi, `an area with two gap types: ${m.gaps.map((g) => g.types).join(' | ')}`);
    const texts = [...m.summary, ...m.gaps.map((g) => g.types), ...m.people.map((p) => p.lossReasons)];
    assert.deepEqual(texts.flatMap((t) => asciiSeparated('panel', t)), []);
  });

  it('dashboard: the people holding a concern are listed with 、', async () => {
    const [r] = await checkWorkspace(fsFromFolder('test/fixtures/dashboard-panel'), { today: '2026-11-28' });
    const model = panelModel(buildStatus(r.engagement, r.findings, { today: '2026-11-28' }), 'k', 'zh-CN');
    const zh = zhParts('dashboard', 'dashboardPanel');
    const { root, close } = renderPanelInDom(model, { t: (s) => zh[s] ?? s });
    try {
      const held = model.map.concerns.find((c) => c.heldBy.length > 1);
      assert.ok(held, 'a concern held by two or more people');
      const cells = [...root.querySelectorAll('table.panel-concerns tbody tr')].map((tr) => tr.children[1].textContent!);
      assert.ok(cells.includes(held.heldBy.join('、')), cells.join(' | '));
      assert.deepEqual(cells.flatMap((c) => asciiSeparated('concerns', c)), []);
    } finally { await close(); }
  });
});
