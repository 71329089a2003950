import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as vscode from 'vscode';
import type { Finding } from '../../../src/core/types';
import { DiagnosticsPublisher } from '../../../src/extension/diagnostics';
import { registerExplainCode } from '../../../src/extension/explainCode';
import { lookupInStore } from '../../../src/extension/quickFixes';
import type { EngagementState } from '../../../src/extension/storeApi';
import { fakeFolder, FixedStore } from '../helpers/engagementStates';
import { type Diagnostic, DiagnosticSeverity, fake, FakeDiagnosticCollection } from '../helpers/fakeVscode';

const finding = (file: string, code: string, severity: Finding['severity'], [l1, c1, l2, c2]: number[]): Finding => ({
  file, code, severity, message: `${code} message`, range: { start: { line: l1, character: c1 }, end: { line: l2, character: c2 } },
});
const stateOf = (key: string, findings: Finding[], language: 'zh-CN' | 'en' = 'en') => ({ key, folder: fakeFolder(), findings, status: { language } }) as unknown as EngagementState;
const where = (d: Diagnostic) => `${(d.code as { value: string }).value}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}/${d.severity}`;

function setup(enabled = () => true) {
  const store = new FixedStore();
  const collection = new FakeDiagnosticCollection('presales');
  const publisher = new DiagnosticsPublisher(store, collection as unknown as vscode.DiagnosticCollection, enabled);
  const files = () => [...collection.entries.keys()].sort();
  const at = (path: string) => (collection.entries.get(`file:///ws/${path}`)?.diagnostics ?? []).map(where);
  return { store, collection, publisher, files, at };
}

describe('diagnostics adapter', () => {
  it('maps each finding to a diagnostic with its exact range, severity, source and code link', () => {
    const { store, at, collection } = setup();
    store.set([stateOf('k', [
      finding('acme/04-solution/pricing.yaml', 'scope-creep', 'warning', [33, 7, 33, 14]),
      finding('acme/requirements.yaml', 'basic-need-unmet', 'error', [20, 12, 20, 17]),
      finding('acme/requirements.yaml', 'stale-contact', 'info', [3, 0, 3, 4]),
    ])]);
    assert.deepEqual(at('acme/04-solution/pricing.yaml'), [`scope-creep@33:7-33:14/${DiagnosticSeverity.Warning}`]);
    assert.deepEqual(at('acme/requirements.yaml'), [`basic-need-unmet@20:12-20:17/${DiagnosticSeverity.Error}`, `stale-contact@3:0-3:4/${DiagnosticSeverity.Information}`]);
    const d = collection.entries.get('file:///ws/acme/04-solution/pricing.yaml')!.diagnostics[0];
    assert.equal(d.source, 'presales');
    assert.equal(d.message, 'scope-creep message');
    const target = (d.code as { target: { scheme: string; path: string; query: string } }).target;
    assert.equal(`${target.scheme}:${target.path}`, 'command:presales.explainCode');
    assert.deepEqual(JSON.parse(decodeURIComponent(target.query)), ['scope-creep']);
  });

  it('shows code spans without Markdown backticks, quoted as the findings\' language quotes; the finding keeps them', () => {
    const { store, collection, publisher } = setup();
    const zh = { ...finding('zh/05-bidding/deviation-technical.yaml', 'deviation-contradiction', 'error', [4, 2, 4, 9]), message: '偏离表写了 `deviation: none`，应答却说“暂不支持”：改为 `negative`。' };
    const en = { ...finding('en/05-bidding/deviation-technical.yaml', 'deviation-contradiction', 'error', [4, 2, 4, 9]), message: 'The row says `deviation: none` but the response admits a shortfall; write `negative`.' };
    const plain = finding('en/requirements.yaml', 'stale-contact', 'info', [3, 0, 3, 4]);
    const zhState = stateOf('zh', [zh], 'zh-CN');
    store.set([zhState, stateOf('en', [en, plain])]);
    const shown = (path: string) => collection.entries.get(`file:///ws/${path}`)!.diagnostics[0];
    assert.equal(shown('zh/05-bidding/deviation-technical.yaml').message, '偏离表写了 「deviation: none」，应答却说“暂不支持”：改为 「negative」。');
    assert.equal(shown('en/05-bidding/deviation-technical.yaml').message, 'The row says ‘deviation: none’ but the response admits a shortfall; write ‘negative’.');
    assert.equal(shown('en/requirements.yaml').message, 'stale-contact message', 'no code span: unchanged');
    assert.equal(zh.message.includes('`deviation: none`'), true, 'the core message keeps its backticks (the CLI prints them)');
    // Quick fixes find the finding behind the shown diagnostic, through the publisher and through the store.
    const uri = store.uriOf(zhState, zh.file);
    assert.equal(publisher.findingFor(uri, shown('zh/05-bidding/deviation-technical.yaml') as unknown as vscode.Diagnostic)?.finding, zh);
    store.forUri = () => zhState;
    assert.equal(lookupInStore(store).findingFor(uri, shown('zh/05-bidding/deviation-technical.yaml') as unknown as vscode.Diagnostic)?.finding, zh);
  });

  it('clears files that no longer have findings, and everything of an engagement that is gone', () => {
    const { store, files } = setup();
    const a = stateOf('a', [finding('a/x.yaml', 'schema', 'error', [0, 0, 0, 1]), finding('a/y.md', 'missing-section', 'warning', [1, 0, 1, 5])]);
    const b = stateOf('b', [finding('b/z.yaml', 'schema', 'error', [2, 0, 2, 1])]);
    store.set([a, b]);
    assert.deepEqual(files(), ['file:///ws/a/x.yaml', 'file:///ws/a/y.md', 'file:///ws/b/z.yaml']);
    store.set([stateOf('a', [finding('a/y.md', 'missing-section', 'warning', [1, 0, 1, 5])]), b]);
    assert.deepEqual(files(), ['file:///ws/a/y.md', 'file:///ws/b/z.yaml'], 'a/x.yaml fixed: cleared');
    store.set([b], []);
    assert.deepEqual(files(), ['file:///ws/b/z.yaml'], 'engagement a removed: its files cleared');
  });

  it('publishes nothing while disabled', () => {
    let on = true;
    const { store, files, publisher } = setup(() => on);
    store.set([stateOf('a', [finding('a/x.yaml', 'schema', 'error', [0, 0, 0, 1])])]);
    on = false;
    publisher.publish();
    assert.deepEqual(files(), []);
  });

  it('explains a code through the command its link targets: its page opens in the Markdown preview, no toast', async () => {
    const sub = registerExplainCode();
    fake.executed.length = 0;
    await fake.commands.get('presales.explainCode')!('scope-creep');
    sub.dispose();
    assert.deepEqual(fake.executed.map((e) => [e.command, String(e.args[0])]), [['markdown.showPreview', 'presales-explain:/scope-creep.md?lang=en']]);
    assert.deepEqual(fake.shownMessages.splice(0), []);
  });
});
