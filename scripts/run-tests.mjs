// Runs node:test over every `*.test.ts` below the given folders (or the given files; Node 20's --test has no globs).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const passThrough = process.argv.slice(2).filter((a) => a.startsWith('--'));
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts')) files.push(p);
  }
};
for (const r of roots.length ? roots : ['test/unit']) (statSync(r).isDirectory() ? walk(r) : files.push(r));
// The core imports the build-time validators (generated/validators.ts, not in git): make sure they are current.
const gen = spawnSync(process.execPath, [join(import.meta.dirname, 'build-validators.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
if (gen.status !== 0) process.exit(gen.status ?? 1);
const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...passThrough, ...files], { stdio: 'inherit' });
process.exit(res.status ?? 1);
