/**
 * Import after useFakeVscode and before the controller: adds the few members of the `vscode` API the editor-area
 * dashboard uses that the shared fake lacks (the controller's `import * as vscode` copies the module's keys when
 * it loads, so they must exist by then).
 */
import { createRequire } from 'node:module';

const vscodeModule = createRequire(__filename)('vscode') as Record<string, unknown>;
if (!('ViewColumn' in vscodeModule)) Object.assign(vscodeModule, { ViewColumn: { Active: -1 } });
if (!('TextEditorRevealType' in vscodeModule)) Object.assign(vscodeModule, { TextEditorRevealType: { InCenter: 2 } });
