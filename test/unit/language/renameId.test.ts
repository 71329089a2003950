import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkEngagement } from '../../../src/core/checkEngagement';
import { applyEdits } from '../../../src/core/edit/textEdit';
import { renameEdits, renameTarget } from '../../../src/core/language/renameId';
import { exampleIndex, memoryIndex, spot } from './languageFixture';
import { MemoryFs } from '../helpers/memoryFs';
import { discoverEngagements } from '../../../src/core/discoverEngagements';
import { loadEngagement } from '../../../src/core/loadEngagement';
import { buildIdIndex } from '../../../src/core/language/idIndex';

describe('renaming an id across the engagement', () => {
  it('renames a requirement in its definition, pricing, deviation rows and prose, and the engagement reads back the same', async () => {
    const index = await exampleIndex('county-hospital-bid');
    assert.equal(spot(renameTarget(index, 'requirements.yaml', { line: 16, character: 15 })!), 'requirements.yaml:16:8-15');
    const plan = renameEdits(index, '04-solution/solution.md', { line: 18, character: 18 }, 'REQ-EMR-5');
    assert.ok(plan.ok);
    assert.deepEqual(plan.edits.map(spot), [
      'requirements.yaml:16:8-15',
      '04-solution/pricing.yaml:10:10-17',
      '04-solution/pricing.yaml:28:28-35',
      '04-solution/solution.md:18:17-24',
      '05-bidding/deviation-technical.yaml:16:9-16',
      '05-bidding/deviation-technical.yaml:23:9-16',
    ]);
    // Apply every edit and check again: the same findings, and the new id is everywhere the old one was.
    const fs = new MemoryFs();
    for (const [path, f] of index.files) fs.write(path, applyEdits(f.text, plan.edits.filter((e) => e.file === path)));
    const [found] = await discoverEngagements(fs);
    const after = await loadEngagement(fs, found);
    const again = buildIdIndex(after);
    assert.equal(again.references.get('requirement\u0000REQ-EMR-5')?.length, 5);
    assert.equal(again.references.get('requirement\u0000REQ-003'), undefined);
    const codes = (e: typeof after) => checkEngagement(e, { today: '2026-11-28' }).map((f) => `${f.code}@${f.file}:${f.range.start.line}`).sort();
    assert.deepEqual(codes(after), codes(index.engagement));
    // Comments and every other byte stay: only the six ids changed.
    const pricing = fs.files.get('04-solution/pricing.yaml');
    assert.ok(String(pricing instanceof Uint8Array ? new TextDecoder().decode(pricing) : pricing).includes('# 护理部 11 月要求病区全覆盖'));
  });

  it('refuses an invalid id, an id in use, a place that is no id, and an edit that would not read back', async () => {
    const index = await exampleIndex('county-hospital-bid');
    const refusal = (plan: ReturnType<typeof renameEdits>) => (plan.ok ? 'ok' : plan.reason.en);
    assert.match(refusal(renameEdits(index, 'stakeholders.yaml', { line: 18, character: 10 }, 'lin kezhang')), /may hold only letters/);
    assert.match(refusal(renameEdits(index, 'stakeholders.yaml', { line: 18, character: 10 }, '-x')), /may hold only letters/);
    assert.match(refusal(renameEdits(index, 'stakeholders.yaml', { line: 18, character: 10 }, 'he-zhuren')), /already in use/);
    assert.match(refusal(renameEdits(index, 'stakeholders.yaml', { line: 19, character: 10 }, 'x')), /not a stakeholder id/);
    const same = renameEdits(index, 'stakeholders.yaml', { line: 18, character: 10 }, 'lin-kezhang');
    assert.deepEqual(same, { ok: true, edits: [] });
    // `id: 12` is a number; `012` written plainly would read back as 12, so the rename is refused.
    const numeric = await memoryIndex({
      'engagement.yaml': 'kind: engagement\nid: x\ntitle: X\n',
      'requirements.yaml': 'kind: requirements\nitems:\n  - id: 12\n    title: a\n',
      'pricing.yaml': 'kind: pricing\nlines:\n  - item: a\n    req: [12]\n',
    });
    assert.match(refusal(renameEdits(numeric, 'pricing.yaml', { line: 3, character: 11 }, '012')), /would not read back/);
    const ok = renameEdits(numeric, 'pricing.yaml', { line: 3, character: 11 }, 'R-12');
    assert.deepEqual(ok.ok && ok.edits.map(spot), ['requirements.yaml:2:8-10', 'pricing.yaml:3:10-12']);
  });
});
