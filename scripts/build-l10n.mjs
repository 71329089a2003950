// Merges l10n/parts/*.zh-cn.json (one per area, so parallel work never edits one file) into the
// runtime bundle VS Code loads: l10n/bundle.l10n.zh-cn.json. Fails on a key translated twice differently.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../l10n/parts/', import.meta.url);
const merged = {};
for (const name of readdirSync(dir).filter((n) => n.endsWith('.zh-cn.json')).sort()) {
  const part = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
  for (const [key, value] of Object.entries(part)) {
    if (key in merged && merged[key] !== value) {
      console.error(`l10n: "${key}" translated differently in ${name}`);
      process.exit(1);
    }
    merged[key] = value;
  }
}
const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(new URL('../l10n/bundle.l10n.zh-cn.json', import.meta.url), JSON.stringify(sorted, null, 2) + '\n');
console.log(`l10n: ${Object.keys(sorted).length} strings`);
