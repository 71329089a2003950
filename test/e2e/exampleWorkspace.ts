import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './codeServer.ts';
import { startVsCode, type VsCode } from './vscode.ts';
import { waitForWorkbench } from './workbench.ts';

/** A real VS Code on a fresh temp copy of one of `examples/`. */
export interface ExampleSession {
  vs: VsCode;
  /** The temp copy (the workspace folder). */
  ws: string;
}

/**
 * Copies `examples/<example>` into a fresh temp folder, starts VS Code on it with the built extension and waits
 * for the workbench (engagement.yaml in the Explorer). Refuses early when the bundle is not built; a failed
 * start closes what it opened and removes the copy, so a suite's `after` only has the good case to undo.
 */
export async function openExample(o: { example: string; tempPrefix: string; extensionPath: string; main: string; locale?: string }): Promise<ExampleSession> {
  assert.ok(existsSync(join(o.extensionPath, o.main)), `${o.main} missing: npm run build`);
  const ws = mkdtempSync(join(tmpdir(), o.tempPrefix));
  let vs: VsCode | undefined;
  try {
    cpSync(join(REPO_ROOT, 'examples', o.example), ws, { recursive: true });
    vs = await startVsCode({ folder: ws, extensionPath: o.extensionPath, locale: o.locale });
    await waitForWorkbench(vs.page, 'engagement.yaml');
    return { vs, ws };
  } catch (err) {
    await closeExample({ vs, ws });
    throw err;
  }
}

/** Closes VS Code and removes the temp copy (safe with a half-filled session). */
export async function closeExample(s: Partial<ExampleSession>): Promise<void> {
  await s.vs?.close();
  if (s.ws) rmSync(s.ws, { recursive: true, force: true });
}
