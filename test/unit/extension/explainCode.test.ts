import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainPage } from '../../../src/core/explain/explainPage';
import { CODE_META } from '../../../src/core/rules/ruleList';
import { toDiagnostic } from '../../../src/extension/diagnostics';
import { EXPLAIN_CODE_COMMAND, registerExplainCode } from '../../../src/extension/explainCode';
import { FixedStore } from '../helpers/engagementStates';
import { commands, env, fake, Uri, workspace } from '../helpers/fakeVscode';
import { setUp } from './commandHarness';

const HOLDOUT = { 'test/integration/workspace/holdout-clinic': 'holdout-clinic' };

/** Runs the code link's command and returns the URI the Markdown preview was asked to show. */
async function explain(code: string, store = new FixedStore()): Promise<string | undefined> {
  fake.executed.length = 0;
  const registration = registerExplainCode(store as unknown as never);
  try {
    await commands.executeCommand(EXPLAIN_CODE_COMMAND, code);
    const preview = fake.executed.find((e) => e.command === 'markdown.showPreview');
    return preview && String(preview.args[0]);
  } finally {
    registration.dispose();
  }
}

describe('Explain (presales.explainCode)', () => {
  it('the diagnostic code links to the command with the code', () => {
    const diag = toDiagnostic({ code: 'gate-not-met', severity: 'warning', message: 'm', file: 'a/engagement.yaml', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } } } as never);
    const target = (diag.code as { target: Uri }).target;
    assert.equal(target.scheme, 'command');
    assert.equal(target.path, EXPLAIN_CODE_COMMAND);
    assert.deepEqual(JSON.parse(decodeURIComponent(target.query)), ['gate-not-met']);
  });

  it('opens every code as a read-only page in the editor area (Markdown preview), in the UI language without an engagement', async () => {
    for (const [ui, lang] of [['en', 'en'], ['zh-cn', 'zh-CN']] as const) {
      env.language = ui;
      for (const meta of CODE_META) {
        const shown = await explain(meta.code);
        assert.equal(shown, `presales-explain:/${meta.code}.md?lang=${lang}`, meta.code);
        const registration = registerExplainCode();
        const doc = await workspace.openTextDocument(Uri.parse(shown!));
        registration.dispose();
        assert.equal(doc.getText(), explainPage(meta.code, lang), `${meta.code} ${lang}`);
      }
    }
    env.language = 'en';
  });

  it('follows the active engagement\'s language over the UI\'s', async () => {
    const { store } = await setUp(HOLDOUT);
    env.language = 'zh-cn';
    assert.equal(await explain('follow-up-overdue', store), 'presales-explain:/follow-up-overdue.md?lang=en');
    env.language = 'en';
  });

  it('falls back to the raw page when the Markdown preview is unavailable, and ignores unknown codes', async () => {
    fake.shownDocuments.length = 0;
    fake.commands.set('markdown.showPreview', () => { throw new Error('command not found'); });
    const registration = registerExplainCode();
    await commands.executeCommand(EXPLAIN_CODE_COMMAND, 'scope-creep');
    assert.deepEqual(fake.shownDocuments, ['presales-explain:/scope-creep.md?lang=en']);
    fake.executed.length = 0;
    await commands.executeCommand(EXPLAIN_CODE_COMMAND, 'no-such-code');
    await commands.executeCommand(EXPLAIN_CODE_COMMAND, { not: 'a code' });
    assert.deepEqual(fake.executed.filter((e) => e.command === 'markdown.showPreview'), []);
    registration.dispose();
    fake.commands.delete('markdown.showPreview');
  });
});
