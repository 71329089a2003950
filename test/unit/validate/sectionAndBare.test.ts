import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KIND_SPECS } from '../../../src/core/method/kinds';
import { isBareResponse } from '../../../src/core/model/bareResponse';
import type { DeviationRow } from '../../../src/core/model/records';
import { headingMatches } from '../../../src/core/validate/sectionMatch';

const A = KIND_SPECS.solution.sections[0];
const h = (text: string) => ({ level: 2, text, line: 0 });
const row = (response: string, evidence: string[] = []): DeviationRow => ({ at: { file: undefined as never, path: [] }, index: 0, response, evidence, req: [] });

describe('section letters stand alone', () => {
  it('"A", "A.", "A：", "A、", "A)", "A - …", "Part A", "A 用户现状" are section A', () => {
    for (const t of ['A', 'A.', 'A：现状', 'A、现状', 'A) Now', 'A - Overview', 'Part A', 'A 用户现状', 'A1 规模']) assert.ok(headingMatches(h(t), A), t);
  });

  it('near miss: "A New ERP…" and "A note…" are English articles, not section A — unless they name its title', () => {
    for (const t of ['A New ERP for Acme', 'A note on scope', 'Apple']) assert.ok(!headingMatches(h(t), A), t);
    assert.ok(headingMatches(h('A look at the current state'), A));
  });
});

describe('bare-response normalisation', () => {
  it('catches full-width ＯＫ / ｙｅｓ / Ｃｏｍｐｌｙ and answers padded with zero-width or bidi characters', () => {
    for (const r of ['ＯＫ', 'ｙｅｓ', 'Ｃｏｍｐｌｙ', '响\u200b应', '\u202e满足\u202c', '\ufeffcomply\u2060', '完全响应。']) assert.ok(isBareResponse(row(r)), JSON.stringify(r));
  });

  it('near miss: a real answer, or a bare one with evidence', () => {
    assert.ok(!isBareResponse(row('响应，支持 5000 并发，见第 12 页')));
    assert.ok(!isBareResponse(row('ＯＫ', ['技术白皮书 p.4'])));
  });
});
