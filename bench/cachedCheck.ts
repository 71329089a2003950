// Child process: `presales check --format json` through the CLI code path, without or with `--cache`.
// Usage: cachedCheck.js <dir> plain|cached <cache-file>. Prints one JSON line.
import { runCli } from '../src/cli/main';

async function main(): Promise<void> {
  const [dir, mode, cacheFile] = process.argv.slice(2);
  const args = ['check', dir, '--format', 'json', '--today', '2026-11-28'];
  if (mode === 'cached') args.push('--cache-location', cacheFile);
  const t0 = performance.now();
  let out = '';
  await runCli(args, (s) => (out += s), () => undefined);
  const ms = performance.now() - t0;
  const summary = JSON.parse(out).summary;
  console.log(JSON.stringify({ ms, engagements: summary.engagements, findings: summary.error + summary.warning + summary.info, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

void main();
