/**
 * One call to get a real VS Code workbench in headless Debian Chromium: code-server + Playwright.
 * Never downloads a browser: it uses `/usr/bin/chromium` (installed by `test/e2e/setup.sh`).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CACHE_DIR, startCodeServer, type CodeServer, type CodeServerOptions } from './codeServer.ts';
import { onProcessExit } from './processCleanup.ts';

/** Chromium flags that work offline, as root, in a container. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/** Options for {@link startVsCode}. */
export interface VsCodeOptions extends CodeServerOptions {
  /** Folder opened as the workspace (absolute, or relative to the working directory). */
  folder: string;
  /** Extension folder loaded as `extensionDevelopmentPath` (absolute). */
  extensionPath?: string;
  /** Compiled test runner module (exports `run()`), loaded as `extensionTestsPath` (absolute). */
  extensionTestsPath?: string;
  /** Called with the exit code the workbench reports after `extensionTestsPath` ran. */
  onTestsExit?: (code: number) => void;
  /** Called for each console line the workbench forwards from the extension host during tests. */
  onTestsLog?: (type: string, text: string) => void;
  /** Browser window size (default 1400x900). */
  viewport?: { width: number; height: number };
  /** Skip waiting for `.monaco-workbench` (integration runs wait for the exit hook instead). */
  noWait?: boolean;
}

/** A running VS Code: server, browser context and the workbench page. */
export interface VsCode {
  server: CodeServer;
  context: BrowserContext;
  page: Page;
  /** The workbench URL that was opened. */
  url: string;
  /** Closes the browser and stops the server; safe to call twice and after failures. */
  close(): Promise<void>;
}

/** Builds the workbench URL with `folder` and the extension-development `payload`. */
export function workbenchUrl(server: CodeServer, folder: string, extensionPath?: string, testsPath?: string): string {
  const remote = (p: string): string => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload: [string, string][] = [];
  if (extensionPath) payload.push(['extensionDevelopmentPath', remote(extensionPath)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  const q = `folder=${encodeURIComponent(folder)}`;
  return `${server.url}?${q}${payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
}

/** Starts code-server, launches Chromium and opens the workbench. Cleans up everything if any step fails. */
export async function startVsCode(opts: VsCodeOptions): Promise<VsCode> {
  const server = await startCodeServer(opts);
  let context: BrowserContext | undefined;
  const profile = mkdtempSync(join(CACHE_DIR, 'runs', 'chromium-'));
  const unhook = onProcessExit(() => rmSync(profile, { recursive: true, force: true }));
  const close = async (): Promise<void> => {
    await context?.close().catch(() => undefined);
    context = undefined;
    rmSync(profile, { recursive: true, force: true });
    unhook();
    await server.stop();
  };
  try {
    const home = join(profile, 'home');
    mkdirSync(home, { recursive: true });
    context = await chromium.launchPersistentContext(join(profile, 'data'), {
      executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') },
      viewport: opts.viewport ?? { width: 1400, height: 900 },
      locale: opts.locale,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    if (opts.onTestsExit) await page.exposeFunction('codeAutomationExit', (code: number) => opts.onTestsExit?.(code));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) =>
      opts.onTestsLog?.(type, (Array.isArray(args) ? args : [args]).map(String).join(' ')));
    const url = workbenchUrl(server, resolve(opts.folder), opts.extensionPath, opts.extensionTestsPath);
    await page.goto(url);
    if (!opts.noWait) await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return { server, context, page, url, close };
  } catch (e) {
    await close();
    throw e;
  }
}
