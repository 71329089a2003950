// Child process: the floor — read and parse the same files with `yaml` and markdown-it only, nothing else.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { parseDocument } from 'yaml';

// The same parser configuration as the core (block parse only: headings need no inline pass).
const md = new MarkdownIt('commonmark');
md.core.ruler.disable(['inline', 'text_join']);
const FM = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fsp.readdir(dir, { withFileTypes: true });
  await Promise.all(
    entries.map(async (e) => {
      if (e.name.startsWith('.')) return;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p, out);
      else if (/\.(ya?ml|md)$/.test(e.name)) out.push(p);
    }),
  );
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const paths: string[] = [];
  await walk(process.argv[2], paths);
  let nodes = 0;
  await Promise.all(
    paths.map(async (p) => {
      const text = await fsp.readFile(p, 'utf8');
      if (p.endsWith('.md')) {
        const m = FM.exec(text);
        if (m) parseDocument(m[1]).toJS();
        nodes += md.parse(m ? text.slice(m[0].length) : text, {}).length;
      } else {
        nodes += parseDocument(text).toJS() ? 1 : 0;
      }
    }),
  );
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, files: paths.length, nodes, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

void main();
