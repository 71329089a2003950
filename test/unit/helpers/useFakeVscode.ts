/**
 * Import FIRST in a test of src/extension: from then on `import * as vscode from 'vscode'` loads
 * fakeVscode.ts. Works because test files are CommonJS under tsx, so imports go through `require`.
 */
import Module from 'node:module';
import { join } from 'node:path';

const loader = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
const resolve = loader._resolveFilename;
loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]): string {
  return request === 'vscode' ? join(__dirname, 'fakeVscode.ts') : resolve.call(this, request, ...rest);
};
