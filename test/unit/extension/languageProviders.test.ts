import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import type * as vscode from 'vscode';
import { IdCodeLensProvider } from '../../../src/extension/language/idCodeLens';
import { IdCompletionProvider } from '../../../src/extension/language/idCompletion';
import { IdDefinitionProvider, IdHoverProvider } from '../../../src/extension/language/idNavigation';
import { IdRenameProvider } from '../../../src/extension/language/idRename';
import { LiveIndexes } from '../../../src/extension/language/liveIndex';
import type { EngagementState } from '../../../src/extension/storeApi';
import { fsFromFolder } from '../helpers/checkFixture';
import { fakeFolder, FixedStore, statesOf } from '../helpers/engagementStates';
import { type CodeLens, type CompletionItem, env, type Hover, type Location, Position, Uri, workspace, type WorkspaceEdit } from '../helpers/fakeVscode';

/** A store whose one engagement owns every document. */
class OneStore extends FixedStore {
  override forUri(): EngagementState | undefined {
    return this.all()[0];
  }
}

async function setUp() {
  const [state] = await statesOf(fsFromFolder(join(import.meta.dirname, '../../../examples/county-hospital-bid')), fakeFolder('/ws'));
  const store = new OneStore([state]);
  const text = (path: string) => state.engagement.files.find((f) => f.path === path)!.text;
  let version = 1;
  /** A document of the engagement, with its checked text unless `override` gives the buffer's. */
  const doc = (path: string, override?: string) => ({ uri: Uri.file(`/ws/${path}`), version: version++, getText: () => override ?? text(path) }) as unknown as vscode.TextDocument;
  return { store, indexes: new LiveIndexes(store), doc, text };
}
const pos = (line: number, character: number) => new Position(line, character) as unknown as vscode.Position;
const spot = (l: { uri: Uri; range: { start: Position; end: Position } }) => `${l.uri.path}:${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`;

describe('language providers (fake vscode, real core)', () => {
  afterEach(() => {
    workspace.isTrusted = true;
    env.language = 'en';
  });

  it('hover speaks the display language and covers the id exactly', async () => {
    const { indexes, doc } = await setUp();
    env.language = 'zh-cn';
    const hover = new IdHoverProvider(indexes, () => '2026-12-01').provideHover(doc('requirements.yaml'), pos(7, 14)) as unknown as Hover;
    assert.match(hover.contents.value, /^\*\*宋玉\*\* · 门诊收费组组长 — `song-zuzhang`\n\n使用者 · 影响力 低 × 态度 中立/);
    assert.deepEqual([hover.range!.start.line, hover.range!.start.character, hover.range!.end.character], [7, 12, 24]);
    assert.equal(new IdHoverProvider(indexes).provideHover(doc('requirements.yaml'), pos(1, 1)), undefined);
  });

  it('answers at an unsaved buffer’s offsets: two lines typed above move the id', async () => {
    const { indexes, doc, text } = await setUp();
    const buffer = `# note\n# note\n${text('activities.yaml')}`;
    const defs = new IdDefinitionProvider(indexes).provideDefinition(doc('activities.yaml', buffer), pos(7, 15)) as unknown as { targetUri: Uri; targetRange: Location['range']; originSelectionRange: Location['range'] }[];
    assert.deepEqual(defs.map((d) => `${spot({ uri: d.targetUri, range: d.targetRange })} from ${d.originSelectionRange.start.line}:${d.originSelectionRange.start.character}`), ['/ws/stakeholders.yaml:18:8-19 from 7:11']);
  });

  it('rename: one WorkspaceEdit across files; refused with a reason in an untrusted workspace and for a taken id', async () => {
    const { indexes, doc } = await setUp();
    const rename = new IdRenameProvider(indexes);
    assert.deepEqual(rename.prepareRename(doc('stakeholders.yaml'), pos(18, 10)).placeholder, 'lin-kezhang');
    const edit = rename.provideRenameEdits(doc('stakeholders.yaml'), pos(18, 10), ' lin-ke ') as unknown as WorkspaceEdit;
    assert.equal(edit.ops.length, 12);
    assert.deepEqual(new Set(edit.ops.map((o) => (o.type === 'replace' ? `${o.uri.path}=${o.newText}` : ''))), new Set([
      '/ws/stakeholders.yaml=lin-ke', '/ws/01-kickoff/interface-form.yaml=lin-ke', '/ws/activities.yaml=lin-ke', '/ws/requirements.yaml=lin-ke',
    ]));
    assert.throws(() => rename.provideRenameEdits(doc('stakeholders.yaml'), pos(18, 10), 'he-zhuren'), /already in use/);
    assert.throws(() => rename.prepareRename(doc('stakeholders.yaml'), pos(19, 10)), /Place the cursor on a stakeholder id/);
    workspace.isTrusted = false;
    assert.throws(() => rename.prepareRename(doc('stakeholders.yaml'), pos(18, 10)), /untrusted workspace/);
    assert.throws(() => rename.provideRenameEdits(doc('stakeholders.yaml'), pos(18, 10), 'x'), /untrusted workspace/);
  });

  it('completion: ids after `[`, nothing for a space typed in indentation', async () => {
    const { indexes, doc } = await setUp();
    const completion = new IdCompletionProvider(indexes);
    const ctx = (triggerCharacter?: string) => ({ triggerKind: triggerCharacter ? 1 : 0, triggerCharacter }) as unknown as vscode.CompletionContext;
    const token = {} as vscode.CancellationToken;
    const ids = completion.provideCompletionItems(doc('04-solution/pricing.yaml', 'kind: pricing\nlines:\n  - item: x\n    req: []\n'), pos(3, 10), token, ctx('[')) as unknown as CompletionItem[];
    assert.deepEqual(ids.slice(0, 2).map((c) => [c.label, c.kind, c.insertText]), [['REQ-001', 17, 'REQ-001'], ['REQ-002', 17, 'REQ-002']]);
    const byName = completion.provideCompletionItems(doc('activities.yaml', 'kind: activities\nitems:\n- date: 2026-12-01\n  with: [林]\n'), pos(3, 10), token, ctx()) as unknown as CompletionItem[];
    const lin = byName.find((c) => c.label === 'lin-kezhang')!;
    assert.equal(lin.filterText, 'lin-kezhang 林晓东 信息科科长');
    assert.equal(`${lin.range!.start.character}-${lin.range!.end.character}`, '9-10', 'typing 林 is the word VS Code filters');
    const spaced = doc('04-solution/pricing.yaml', 'kind: pricing\nlines:\n  - item: x\n    \n');
    assert.deepEqual(completion.provideCompletionItems(spaced, pos(3, 4), token, ctx(' ')), []);
    assert.ok((completion.provideCompletionItems(spaced, pos(3, 4), token, ctx()) as unknown as CompletionItem[]).some((c) => c.label === 'qty'));
  });

  it('code lenses list the references when clicked and refresh when the store changes', async () => {
    const { store, indexes, doc } = await setUp();
    const provider = new IdCodeLensProvider(indexes, store);
    let refreshed = 0;
    provider.onDidChangeCodeLenses(() => refreshed++);
    const lenses = provider.provideCodeLenses(doc('requirements.yaml')) as unknown as CodeLens[];
    assert.equal(lenses[2].command?.title, 'answered in 3 places · priced · ★ row');
    assert.equal(lenses[2].command?.command, 'editor.action.showReferences');
    assert.deepEqual((lenses[2].command?.arguments?.[2] as Location[]).map(spot), [
      '/ws/04-solution/pricing.yaml:10:10-17', '/ws/04-solution/pricing.yaml:28:28-35', '/ws/04-solution/solution.md:18:17-24',
      '/ws/05-bidding/deviation-technical.yaml:16:9-16', '/ws/05-bidding/deviation-technical.yaml:23:9-16',
    ]);
    store.set(store.all());
    assert.equal(refreshed, 1);
    provider.dispose();
  });
});
