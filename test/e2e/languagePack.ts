/**
 * Offline stand-in for a VS Code language pack. code-server 4.99 resolves `--locale zh-cn` only if an
 * installed extension contributes `localizations` for that language; otherwise it silently falls back to
 * `en` (and `vscode.env.language` is `en`). This stub contributes the language with no translations, so
 * the workbench chrome stays English but `vscode.env.language` (and `vscode.l10n`) become the locale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Version of VS Code inside code-server 4.99.4. */
const VSCODE_VERSION = '1.99.3';

/**
 * Writes a stub language pack for `locale` (e.g. `zh-cn`) into `extensionsDir` and registers it in
 * `<userDataDir>/languagepacks.json` (the server only writes that file lazily). Call before the server starts.
 * Returns the extension folder.
 */
export function writeLanguagePackStub(extensionsDir: string, userDataDir: string, locale: string): string {
  const id = locale.toLowerCase();
  const dir = join(extensionsDir, `presales-e2e.language-pack-stub-${id}-${VSCODE_VERSION}`);
  mkdirSync(join(dir, 'translations'), { recursive: true });
  const manifest = {
    name: `language-pack-stub-${id}`,
    publisher: 'presales-e2e',
    version: VSCODE_VERSION,
    engines: { vscode: `^${VSCODE_VERSION}` },
    categories: ['Language Packs'],
    contributes: {
      localizations: [{
        languageId: id,
        languageName: id,
        localizedLanguageName: id,
        translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
      }],
    },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  const translations = join(dir, 'translations', 'main.i18n.json');
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const packs = { [id]: {
    hash: `stub-${VSCODE_VERSION}`,
    extensions: [{ extensionIdentifier: { id: `${manifest.publisher}.${manifest.name}` }, version: VSCODE_VERSION }],
    translations: { vscode: translations },
    label: id,
  } };
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2));
  return dir;
}
