/** Smoke test: our extension is present in the extension host and activates. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** Extension id = `<publisher>.<name>` from package.json. */
const EXTENSION_ID = 'presales-workbench.presales-workbench';

describe('smoke', () => {
  it('finds and activates the extension', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });
});
