// Child process: the portfolio over a team repository. Usage: portfolioRender.js <dir> render|cli|cli-cached [cache-file]
//   render      check every engagement (untimed), then time digests + portfolio + HTML: what a view that already
//               holds the checked engagements (the extension's store) does to draw the portfolio
//   cli         `presales portfolio --format html` end to end (discovery, read, parse, check, render)
//   cli-cached  the same with `--cache-location`: unchanged engagements come from the cache
import { portfolioHtml } from '../src/cli/portfolioHtml';
import { runCli } from '../src/cli/main';
import { NodeEngagementFs } from '../src/cli/nodeFs';
import { buildPortfolio, checkWorkspace, engagementFacts } from '../src/core';

const TODAY = '2026-11-28';

async function main(): Promise<void> {
  const [dir, mode, cacheFile] = process.argv.slice(2);
  if (mode === 'render') {
    const reports = await checkWorkspace(new NodeEngagementFs(dir), { today: TODAY });
    const t0 = performance.now();
    const facts = reports.map((r) => engagementFacts(r.engagement, r.findings, TODAY));
    const html = portfolioHtml(buildPortfolio(facts, { today: TODAY }), 'en');
    const ms = performance.now() - t0;
    console.log(JSON.stringify({ ms, engagements: facts.length, htmlKB: html.length / 1024 }));
    return;
  }
  const args = ['portfolio', dir, '--format', 'html', '--today', TODAY];
  if (mode === 'cli-cached') args.push('--cache-location', cacheFile);
  const t0 = performance.now();
  let out = '';
  await runCli(args, (s) => (out += s), () => undefined);
  console.log(JSON.stringify({ ms: performance.now() - t0, htmlKB: out.length / 1024, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

void main();
