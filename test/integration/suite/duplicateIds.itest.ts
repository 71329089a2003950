/**
 * `duplicate-engagement-id` in the Problems panel, as `presales check` reports it: a folder copied in with
 * Node's fs that keeps holdout-clinic's id is warned at its `id` value; a copy that sorts before the original
 * moves the warning onto the original (which nobody edited); removing that copy takes it off again.
 */
import * as assert from 'node:assert/strict';
import { cpSync, rmSync } from 'node:fs';
import * as vscode from 'vscode';
import { activate, SOURCE, until, untilDiagnostics, wsUri } from './helpers';

/** The slice of the extension's API this suite reads. */
interface StoreView {
  onDidChange: vscode.Event<unknown>;
  all(): { engagement: { root: string } }[];
}

const ORIGINAL = 'holdout-clinic';
/** Sorts after the original (path order): the copy is the duplicate. */
const LATER = 'zz-clinic-copy';
/** Sorts before it: the original becomes the duplicate. */
const EARLIER = 'aa-clinic-copy';
const CODE = 'duplicate-engagement-id';

/** Our duplicate-id diagnostic of one engagement.yaml, as `line:char-line:char severity message`, or undefined. */
function duplicateOf(ds: vscode.Diagnostic[]): string | undefined {
  const d = ds.find((x) => x.source === SOURCE && typeof x.code === 'object' && x.code.value === CODE);
  return d && `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.message}`;
}

describe('duplicate engagement ids', () => {
  let store: StoreView;
  const roots = () => store.all().map((s) => s.engagement.root);

  before(async () => {
    store = (await activate())!.store as StoreView;
    await until(`${ORIGINAL} checked`, store.onDidChange, () => roots().includes(ORIGINAL));
  });

  after(async () => {
    for (const copy of [EARLIER, LATER]) rmSync(wsUri(copy).fsPath, { recursive: true, force: true });
    await until('the copies gone from the store', store.onDidChange, () => !roots().includes(EARLIER) && !roots().includes(LATER));
  });

  it('a copy that keeps the id is warned at its id value; an earlier copy moves the warning to the original; removed, it goes', async () => {
    const file = (root: string) => `${root}/engagement.yaml`;
    // engagement.yaml line 4 (0-based 3) is `id: holdout-clinic`: the value spans characters 4–18.
    const warning = (first: string) => `3:4-3:18 ${vscode.DiagnosticSeverity.Warning} The engagement id “holdout-clinic” is already used by the engagement in ${first}.`;
    const named = (first: string) => (ds: vscode.Diagnostic[]) => duplicateOf(ds)?.startsWith(warning(first));
    assert.equal(duplicateOf(vscode.languages.getDiagnostics(wsUri(file(ORIGINAL)))), undefined, 'the original alone is not warned');

    cpSync(wsUri(ORIGINAL).fsPath, wsUri(LATER).fsPath, { recursive: true });
    await untilDiagnostics(`${LATER} warned, naming ${ORIGINAL}`, file(LATER), named(ORIGINAL));
    assert.equal(duplicateOf(vscode.languages.getDiagnostics(wsUri(file(ORIGINAL)))), undefined, 'the first holder is not warned');

    cpSync(wsUri(ORIGINAL).fsPath, wsUri(EARLIER).fsPath, { recursive: true });
    await untilDiagnostics(`${ORIGINAL} warned, naming ${EARLIER}`, file(ORIGINAL), named(EARLIER));
    await untilDiagnostics(`${LATER} now naming ${EARLIER}`, file(LATER), named(EARLIER));
    assert.equal(duplicateOf(vscode.languages.getDiagnostics(wsUri(file(EARLIER)))), undefined);

    rmSync(wsUri(EARLIER).fsPath, { recursive: true });
    await untilDiagnostics(`${ORIGINAL} no longer warned`, file(ORIGINAL), (ds) => duplicateOf(ds) === undefined);
    await untilDiagnostics(`${LATER} naming ${ORIGINAL} again`, file(LATER), named(ORIGINAL));

    rmSync(wsUri(LATER).fsPath, { recursive: true });
    await until(`${LATER} gone from the store`, store.onDidChange, () => !roots().includes(LATER));
    assert.equal(duplicateOf(vscode.languages.getDiagnostics(wsUri(file(ORIGINAL)))), undefined);
  });
});
