import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArgs, USAGE } from '../../../src/cli/parseArgs';
import { parseTeamArgs } from '../../../src/cli/teamArgs';
import { UsageError } from '../../../src/cli/usageError';

const refused = (f: () => unknown, message: string) => assert.throws(f, (e: unknown) => e instanceof UsageError && e.message === message);

describe('the words check, portfolio and gaps share: one folder, --cache, --cache-location', () => {
  it('--cache-location <file> implies --cache, in check and in both team commands', () => {
    for (const parse of [parseArgs, parseTeamArgs]) {
      for (const command of parse === parseArgs ? ['check'] : ['portfolio', 'gaps']) {
        assert.deepEqual([parse([command, 'ws', '--cache']).cache, parse([command, 'ws', '--cache']).cacheLocation], [true, undefined]);
        const located = parse([command, '--cache-location', 'c.json', 'ws']);
        assert.deepEqual([located.folder, located.cache, located.cacheLocation], ['ws', true, 'c.json']);
        assert.equal(parse([command, 'ws']).cache, false);
        refused(() => parse([command, 'ws', '--cache-location']), '--cache-location needs a value');
      }
    }
  });

  it('--help says which commands take --cache (every one that parses it) and lines the command column up', () => {
    const cacheLine = USAGE.split('\n').find((l) => l.trimStart().startsWith('--cache'))!;
    const takers = ['check', 'status', 'portfolio', 'gaps'].filter((c) => {
      try { return (c === 'portfolio' || c === 'gaps' ? parseTeamArgs : parseArgs)([c, 'ws', '--cache']).cache; } catch { return false; }
    });
    assert.deepEqual(takers, ['check', 'portfolio', 'gaps']);
    assert.match(cacheLine, /\(check, portfolio, gaps\)/);
    const commandLines = USAGE.split('\n').filter((l) => /^ {2}[a-z]+ {2,}\S/.test(l));
    assert.deepEqual(commandLines.map((l) => l.trim().split(/\s+/)[0]), ['check', 'status', 'export', 'trace', 'portfolio', 'gaps']);
    assert.equal(new Set(commandLines.map((l) => l.search(/(?<=^ {2}[a-z]+ +)\S/))).size, 1, commandLines.join('\n'));
  });

  it('status has no cache: both options are unknown there', () => {
    refused(() => parseArgs(['status', 'ws', '--cache']), 'unknown option --cache');
    refused(() => parseArgs(['status', 'ws', '--cache-location', 'c.json']), 'unknown option --cache-location');
  });

  it('the first word is the folder, a second one is refused, none is refused', () => {
    for (const [command, missing] of [['check', 'a folder is required'], ['status', 'a folder is required'], ['portfolio', 'a team folder is required'], ['gaps', 'a team folder is required']]) {
      const parse = command === 'portfolio' || command === 'gaps' ? parseTeamArgs : parseArgs;
      assert.equal(parse([command, 'ws']).folder, 'ws');
      refused(() => parse([command, 'ws', 'other']), 'unexpected argument "other"');
      refused(() => parse([command, '--today', '2026-12-01']), missing);
    }
  });
});
