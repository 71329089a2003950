import { statSync } from 'node:fs';
import { buildGapLog, buildPortfolio, type DiscoveryProblem, engagementFacts, evaluateByPerson, forEachEngagementReport, type EngagementFacts, type Language, localIsoDate } from '../core';
import { gapsCsv, gapsText } from './gapsText';
import { noEngagementMessage, unreadableRootMessage } from './noEngagement';
import { NodeEngagementFs } from './nodeFs';
import { failureText } from './failureText';
import { UsageError } from './usageError';
import { portfolioCsv } from './portfolioCsv';
import { personText, portfolioText } from './portfolioText';
import { parseTeamArgs, TEAM_USAGE } from './teamArgs';
import { jsonSafe } from './terminalText';

/**
 * `presales portfolio` and `presales gaps`: checks every engagement below the team folder, keeps one digest
 * each (core/team), and writes the report. Exit 0 written, 2 usage/internal failure or no engagement.
 */
export async function runTeam(argv: string[], write: (s: string) => void, writeErr: (s: string) => void): Promise<number> {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      write(TEAM_USAGE);
      return 0;
    }
    const args = parseTeamArgs(argv);
    if (!statSync(args.folder, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`not a folder: ${args.folder}`);
    const today = args.today ?? localIsoDate(new Date());
    const facts: EngagementFacts[] = [];
    const languages = new Set<Language>();
    let unreadableRoot = false;
    const fs = new NodeEngagementFs(args.folder);
    const onDiscoveryProblem = (p: DiscoveryProblem) => (unreadableRoot ||= p.reason === 'unreadable' && p.path === '');
    if (args.cache) {
      const { checkWithCache, DEFAULT_CACHE_FILE } = await import('./cachedCheck');
      await checkWithCache(fs, { today, cacheFile: args.cacheLocation ?? DEFAULT_CACHE_FILE, onDiscoveryProblem, facts: true }, (r, f) => {
        languages.add(r.language);
        facts.push(f!);
      });
    } else {
      await forEachEngagementReport(fs, { today, onDiscoveryProblem }, (r) => {
        languages.add(r.engagement.language);
        facts.push(engagementFacts(r.engagement, r.findings, today));
      });
    }
    if (unreadableRoot) {
      writeErr(unreadableRootMessage(args.folder));
      return 2;
    }
    if (facts.length === 0) {
      writeErr(noEngagementMessage(args.folder));
      return 2;
    }
    // Like `check`'s summary: Chinese when every engagement is, unless the lead asked for a language.
    const language: Language = args.language ?? (languages.size === 1 && languages.has('zh-CN') ? 'zh-CN' : 'en');
    const json = (v: unknown) => jsonSafe(JSON.stringify(v, null, 2));
    if (args.command === 'gaps') {
      const log = buildGapLog(facts);
      write(args.format === 'json' ? json(log) : args.format === 'csv' ? gapsCsv(log) : gapsText(log, language));
      return 0;
    }
    if (args.byPerson) {
      const people = evaluateByPerson(facts);
      write(args.format === 'json' ? json({ today, people }) : personText(people, today, language));
      return 0;
    }
    const portfolio = buildPortfolio(facts, { today, stalledDays: args.stalledDays });
    if (args.format === 'json') write(json(portfolio));
    else if (args.format === 'csv') write(portfolioCsv(portfolio));
    else if (args.format === 'html') write((await import('./portfolioHtml')).portfolioHtml(portfolio, language));
    else write(portfolioText(portfolio, language));
    return 0;
  } catch (err) {
    writeErr(failureText(err, TEAM_USAGE));
    return 2;
  }
}
