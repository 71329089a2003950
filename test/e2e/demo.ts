/**
 * `npm run demo -- [folder] [--locale zh-cn] [--port 8080] [--theme "Default Dark Modern"]`: starts a real
 * VS Code (code-server) with this repository loaded as the development extension and `folder` (default
 * `examples/`) open, prints the URL and runs until Ctrl-C. Build the extension first (dist/extension.js).
 * The server binds to 127.0.0.1 only; from another machine use an SSH tunnel (ssh -L <port>:127.0.0.1:<port>).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, startCodeServer } from './codeServer.ts';
import { workbenchUrl } from './vscode.ts';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: {
    locale: { type: 'string' }, port: { type: 'string' }, theme: { type: 'string' } } });
  const folder = resolve(positionals[0] ?? join(REPO_ROOT, 'examples'));
  if (!existsSync(folder)) throw new Error(`folder not found: ${folder}`);
  if (!existsSync(join(REPO_ROOT, 'dist', 'extension.js'))) console.warn('demo: dist/extension.js missing — build first');
  const server = await startCodeServer({
    locale: values.locale, colorTheme: values.theme, port: values.port ? Number(values.port) : undefined,
  });
  console.log(`\nVS Code with Presales Workbench (folder ${folder}):\n\n  ${workbenchUrl(server, folder, REPO_ROOT)}\n`);
  console.log('Press Ctrl-C to stop (codeServer.ts kills the server and removes its run folder on exit).');
}

main().catch((e: unknown) => { console.error(e); process.exit(1); });
