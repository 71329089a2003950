/**
 * Mocha entry loaded INSIDE the VS Code extension host (the `extensionTestsPath` contract of
 * `@vscode/test-electron`): runs every bundled `*.itest.js` next to this file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { ITEST_LOG_MARKER } from '../logMarker.ts';

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error';

/**
 * Formats console output in-process (the host's forwarding does not apply `%s`) and marks it for `run.ts`.
 * The extension host installs console methods as getter/no-op-setter properties, so redefine them.
 */
function markConsole(): () => void {
  const methods: ConsoleMethod[] = ['log', 'info', 'warn', 'error'];
  const saved = methods.map((m) => Object.getOwnPropertyDescriptor(console, m));
  for (const m of methods) {
    const forward = console[m];
    Object.defineProperty(console, m, { configurable: true, writable: true,
      value: (...args: unknown[]) => forward.call(console, ITEST_LOG_MARKER + format(...args)) });
  }
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(...args);
  return () => methods.forEach((m, i) => { const d = saved[i]; if (d) Object.defineProperty(console, m, d); });
}

/** Runs the suite; rejects when at least one test failed (the workbench then reports exit code 1). */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  const grep = process.env.ITEST_GREP;
  if (grep) mocha.grep(grep);
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.itest.js')).sort();
  for (const f of files) mocha.addFile(join(__dirname, f));
  const restore = markConsole();
  return new Promise<void>((ok, fail) => {
    mocha.run((failures) => (failures > 0 ? fail(new Error(`${failures} integration test(s) failed`)) : ok()));
  }).finally(restore);
}
