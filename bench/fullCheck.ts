// Child process: our full check over a folder through the CLI code path. Prints one JSON line.
import { checkWorkspace } from '../src/core/checkWorkspace';
import { runCli } from '../src/cli/main';
import { NodeEngagementFs } from '../src/cli/nodeFs';

async function main(): Promise<void> {
  const dir = process.argv[2];
  const t0 = performance.now();
  let files = 0;
  let findings = 0;
  let engagements = 0;
  if (process.argv[3] === 'stream') {
    // The real `presales check --format json`: it streams, keeping only findings and counts.
    let out = '';
    await runCli(['check', dir, '--format', 'json', '--today', '2026-11-28'], (s) => (out += s), () => undefined);
    const summary = JSON.parse(out).summary;
    files = summary.files;
    engagements = summary.engagements;
    findings = summary.error + summary.warning + summary.info;
  } else {
    const reports = await checkWorkspace(new NodeEngagementFs(dir), { today: '2026-11-28' });
    files = reports.reduce((n, r) => n + r.engagement.files.length, 0);
    findings = reports.reduce((n, r) => n + r.findings.length, 0);
    engagements = reports.length;
  }
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, files, findings, engagements, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

void main();
