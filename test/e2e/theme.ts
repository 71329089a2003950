/**
 * A dark color theme the e2e tests can switch to. In this offline code-server the built-in themes
 * (theme-defaults) are scanned by the server but never reach the web client's theme registry: the Color
 * Theme picker lists none and `workbench.colorTheme` falls back to the built-in light default. A copy of
 * theme-defaults' Dark Modern, loaded as a development extension, does register.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from './codeServer.ts';

/** The `workbench.colorTheme` id of the e2e dark theme. */
export const E2E_DARK_THEME = 'E2E Dark Modern';

/** Creates (once) the theme extension under .vscode-test/ and returns its folder. */
export function darkThemeExtension(): string {
  const dir = join(CACHE_DIR, 'e2e-dark-theme');
  if (existsSync(join(dir, 'package.json'))) return dir;
  const src = join(CACHE_DIR, 'cs', 'node_modules', 'code-server', 'lib', 'vscode', 'extensions', 'theme-defaults');
  cpSync(join(src, 'themes'), join(dir, 'themes'), { recursive: true });
  const base = JSON.parse(readFileSync(join(src, 'package.json'), 'utf8')) as { version: string };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name: 'e2e-dark-theme', publisher: 'e2e', version: base.version, engines: { vscode: '*' },
    contributes: { themes: [{ id: E2E_DARK_THEME, label: E2E_DARK_THEME, uiTheme: 'vs-dark', path: './themes/dark_modern.json' }] },
  }, null, 2));
  return dir;
}
