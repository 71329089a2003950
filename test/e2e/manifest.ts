/**
 * Reads the extension's package.json and resolves `%key%` strings through package.nls[.<locale>].json, so
 * UI tests find our container, views and commands by the titles a user sees in either language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of package.json the UI tests use. */
export interface Manifest {
  publisher: string; name: string; main: string;
  contributes?: {
    commands?: { command: string; title: string; category?: string }[];
    viewsContainers?: { activitybar?: { id: string; title: string }[] };
    views?: Record<string, { id: string; name: string; type?: string }[]>;
  };
}

/** Manifest plus a resolver for its localized strings. */
export interface ManifestText {
  manifest: Manifest;
  /** Resolves a `%key%` value for `locale` (falls back to package.nls.json, then the raw value). */
  nls(value: string, locale?: string): string;
  /** What the command palette shows for a command: `Category: Title`. */
  commandTitle(command: string, locale?: string): string;
  /** The contributed view with this id and the title of its container. */
  view(id: string, locale?: string): { name: string; container: string };
}

/** Loads the manifest of the extension in `extensionPath`. */
export function loadManifest(extensionPath: string): ManifestText {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'package.json'), 'utf8')) as Manifest;
  const bundles = new Map<string, Record<string, string>>();
  const bundle = (name: string): Record<string, string> => {
    if (!bundles.has(name)) {
      const file = join(extensionPath, name);
      bundles.set(name, existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {});
    }
    return bundles.get(name)!;
  };
  const nls = (value: string, locale?: string): string => {
    const m = /^%(.+)%$/.exec(value);
    if (!m) return value;
    const names = [...(locale && !locale.toLowerCase().startsWith('en') ? [`package.nls.${locale.toLowerCase()}.json`] : []), 'package.nls.json'];
    for (const n of names) { const t = bundle(n)[m[1]]; if (t) return t; }
    return value;
  };
  const commandTitle = (command: string, locale?: string): string => {
    const c = manifest.contributes?.commands?.find((x) => x.command === command);
    if (!c) throw new Error(`package.json contributes no command ${command}`);
    return c.category ? `${nls(c.category, locale)}: ${nls(c.title, locale)}` : nls(c.title, locale);
  };
  const view = (id: string, locale?: string): { name: string; container: string } => {
    for (const [containerId, views] of Object.entries(manifest.contributes?.views ?? {})) {
      const v = views.find((x) => x.id === id);
      if (!v) continue;
      const c = manifest.contributes?.viewsContainers?.activitybar?.find((x) => x.id === containerId);
      return { name: nls(v.name, locale), container: c ? nls(c.title, locale) : containerId };
    }
    throw new Error(`package.json contributes no view ${id}`);
  };
  return { manifest, nls, commandTitle, view };
}
