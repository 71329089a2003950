/**
 * Fresh writable workspace for one integration run: test/integration/workspace/ (fixture engagements with
 * known broken bits) plus a copy of examples/acme-his, in a new folder under the OS temp dir.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../e2e/codeServer.ts';

/** Creates the workspace copy and returns its absolute path (the caller removes it). */
export function prepareWorkspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'presales-itest-'));
  cpSync(join(REPO_ROOT, 'test', 'integration', 'workspace'), ws, { recursive: true });
  cpSync(join(REPO_ROOT, 'examples', 'acme-his'), join(ws, 'acme-his'), { recursive: true });
  return ws;
}
