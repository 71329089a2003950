// One glossary: every user-visible text the repository ships (templates, l10n bundles, manifest strings,
// examples, docs) uses the glossary's term, never a banned variant (#12: 线性需求 vs 期望需求, 售前组长 vs 售前负责人…).
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { DECISION_TYPES } from '../../../src/core/method/concerns';
import { GLOSSARY, findTermDrift, term } from '../../../src/core/method/glossary';
import { STAGES } from '../../../src/core/method/stages';
import type { Language } from '../../../src/core/types';

const REPO = join(__dirname, '../../..');
const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(n) ? [p] : [];
  });
}

/** Everything a user reads that ships as text, schema hovers included (src messages are checked by their own tests). */
function shippedTexts(): string[] {
  return [
    ...files(join(REPO, 'templates'), /\.(ya?ml|md)$/),
    ...files(join(REPO, 'l10n'), /\.json$/),
    join(REPO, 'package.nls.json'),
    join(REPO, 'package.nls.zh-cn.json'),
    ...files(join(REPO, 'examples'), /\.(ya?ml|md)$/),
    ...files(join(REPO, 'docs'), /\.md$/),
    ...files(join(REPO, 'schemas'), /\.json$/),
  ];
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

describe('glossary', () => {
  it('has one entry per id, a term in both languages, and no banned variant that is itself a term', () => {
    const ids = GLOSSARY.map((t) => t.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
    for (const lang of LANGUAGES) {
      const terms = GLOSSARY.map((t) => t.term[lang]);
      assert.deepEqual(terms.filter((t) => t.trim() === ''), []);
      // A banned variant inside a canonical term would make the canonical term a drift.
      assert.deepEqual(terms.flatMap((t) => findTermDrift(t, lang).map((d) => `${t} contains ${d.variant}`)), []);
    }
  });

  it('is the wording of the method data: stage labels and decision-maker types', () => {
    for (const stage of STAGES) for (const lang of LANGUAGES) assert.equal(stage.label[lang], term(`stage.${stage.id}`, lang));
    for (const type of DECISION_TYPES) for (const lang of LANGUAGES) assert.equal(type.label[lang], term(`decision-type.${type.id}`, lang));
  });

  it('finds drifted terms with their offsets and the term to use instead', () => {
    const zh = '需求分为基本需求、期望需求和兴奋需求；兴奋性需求不算。售前负责人要避开陷阱，铁杆要维护好。';
    assert.deepEqual(
      findTermDrift(zh, 'zh-CN').map((d) => [d.offset, d.variant, d.preferred]),
      [
        [9, '期望需求', '线性需求'],
        [14, '兴奋需求', '兴奋性需求'],
        [27, '售前负责人', '售前组长'],
        [35, '陷阱', '误区'],
        [38, '铁杆', '拥护者'],
      ],
    );
    // English: whole words only, any case, plural allowed.
    assert.deepEqual(findTermDrift('Delighters and a Linear need; undelighted kick-offs.', 'en').map((d) => [d.offset, d.preferred]), [
      [0, 'Excitement need'],
      [17, 'Performance need'],
      [42, 'Kickoff'],
    ]);
    assert.deepEqual(findTermDrift('兴奋性需求与线性需求', 'zh-CN'), []);
  });

  it('is followed by every template, l10n bundle, manifest string, example and doc', () => {
    const texts = shippedTexts();
    assert.ok(texts.length > 60, `only ${texts.length} files scanned`);
    const drifts: string[] = [];
    for (const file of texts) {
      const text = readFileSync(file, 'utf8');
      for (const lang of LANGUAGES) {
        for (const d of findTermDrift(text, lang)) drifts.push(`${relative(REPO, file)}:${lineOf(text, d.offset)} "${d.variant}" → "${d.preferred}"`);
      }
    }
    assert.deepEqual(drifts, []);
  });
});
