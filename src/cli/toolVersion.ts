// A named import of one field: the bundler keeps only `version`, not the whole manifest.
import { version } from '../../package.json';

/** The CLI's version (package.json): SARIF's tool version, and part of every `--cache` key. */
export const TOOL_VERSION: string = version;
