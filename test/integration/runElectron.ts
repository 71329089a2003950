/**
 * Runs the same bundled integration suite with `@vscode/test-electron` against a desktop VS Code, for
 * machines that have one. Never downloads VS Code: it needs VSCODE_EXECUTABLE (path to the `code` binary);
 * without it the run is skipped with a message (exit 0). Usage (after `node test/integration/build.mjs`):
 *   VSCODE_EXECUTABLE=/usr/share/code/code node --import tsx test/integration/runElectron.ts
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO_ROOT } from '../e2e/codeServer.ts';
import { prepareWorkspace } from './prepareWorkspace.ts';

async function main(): Promise<number> {
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  if (!vscodeExecutablePath) {
    console.log('test:vscode skipped: set VSCODE_EXECUTABLE to a desktop VS Code binary (nothing is downloaded)');
    return 0;
  }
  const workspace = prepareWorkspace();
  try {
    return await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: join(REPO_ROOT, 'out', 'integration', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (e) {
    console.error(`test:vscode failed: ${String(e)}`);
    return 1;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (e: unknown) => { console.error(e); process.exit(1); });
