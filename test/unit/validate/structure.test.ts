import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, check } from '../helpers/checkFixture';

const eng = (stage: string, extra = '') => `kind: engagement\nid: acme\ntitle: Acme\ncustomer: Acme Corp\nstage: ${stage}\nlanguage: en\n${extra}`;

describe('yaml-syntax', () => {
  it('reports a broken mapping at the offending token', async () => {
    const f = await check({ 'engagement.yaml': eng('kickoff'), 'stakeholders.yaml': 'kind: stakeholders\npeople: [\n' });
    assert.equal(at(f, 'yaml-syntax').length > 0, true);
    assert.ok(at(f, 'yaml-syntax').every((s) => s.startsWith('stakeholders.yaml:')));
  });

  it('reports a duplicate key at the second key', async () => {
    const f = await check({ 'engagement.yaml': eng('kickoff', 'title: Again\n') });
    assert.deepEqual(at(f, 'yaml-syntax'), ['engagement.yaml:7:1-7:6']);
  });
});

describe('unknown-kind', () => {
  it('flags a declared kind the product does not know, at its value', async () => {
    const f = await check({ 'engagement.yaml': eng('kickoff'), 'x.yaml': 'kind: stakeholder\npeople: []\n' });
    assert.deepEqual(at(f, 'unknown-kind'), ['x.yaml:1:7-1:18']);
    assert.equal(f.find((x) => x.code === 'unknown-kind')?.severity, 'warning');
  });

  it('flags a YAML kind declared in Markdown front matter', async () => {
    const f = await check({ 'engagement.yaml': eng('kickoff'), 'n.md': '---\nkind: pricing\n---\n# x\n' });
    assert.deepEqual(at(f, 'unknown-kind'), ['n.md:2:7-2:14']);
  });

  it('leaves Markdown notes without front matter alone', async () => {
    const f = await check({ 'engagement.yaml': eng('kickoff'), 'README.md': '# Notes\n', 'notes.md': '---\ntitle: x\n---\n' });
    assert.deepEqual(at(f, 'unknown-kind'), []);
  });
});

describe('missing-section', () => {
  const deck = (sections: string[]) => `---\nkind: intro-deck\nstage: introduction\n---\n# Deck\n\n${sections.map((s) => `## ${s}\n\ntext\n`).join('\n')}`;

  it('accepts sections by letter, zh-CN title or en title', async () => {
    const f = await check({ 'engagement.yaml': eng('introduction'), 'd.md': deck(['A', '行业诉求与展望', 'Overall solution architecture', 'D. Features', 'E 案例分享']) });
    assert.deepEqual(at(f, 'missing-section'), []);
  });

  it('reports each missing section where it belongs (the end of the section it follows) with where to insert it', async () => {
    const f = await check({ 'engagement.yaml': eng('introduction'), 'd.md': deck(['A 公司介绍', 'C 方案整体架构规划', 'E 案例分享']) });
    // B after A's last line ("text", line 9), D after C's (line 13): two places, not both on the title.
    assert.deepEqual(at(f, 'missing-section'), ['d.md:9:1-9:5', 'd.md:13:1-13:5']);
    const [b, d] = f.filter((x) => x.code === 'missing-section');
    assert.equal(b.data?.heading, 'B Industry demands and outlook');
    assert.equal(b.data?.insertLine, 10); // before "## C" (0-based line 10)
    assert.equal(d.data?.heading, 'D Solution features and benefits');
    assert.equal(d.data?.insertLine, 14); // before "## E"
  });

  it('reports a missing last section after the document\'s last line, and a body-less document at its title', async () => {
    const last = await check({ 'engagement.yaml': eng('introduction'), 'd.md': `${deck(['A', 'B', 'C', 'D'])}\n\n  closing words  \n\n` });
    assert.deepEqual(at(last, 'missing-section'), ['d.md:24:3-24:16']);
    const bare = await check({ 'engagement.yaml': eng('introduction'), 'd.md': '---\nkind: intro-deck\n---\n# Deck\n' });
    assert.deepEqual(at(bare, 'missing-section'), Array(5).fill('d.md:4:1-4:7'));
    const headless = await check({ 'engagement.yaml': eng('introduction'), 'd.md': '---\nkind: intro-deck\n---\n' });
    assert.deepEqual(at(headless, 'missing-section'), Array(5).fill('d.md:2:7-2:17'), 'nothing in the body: the kind value');
  });

  it('does not take "Agenda" for section A', async () => {
    const f = await check({ 'engagement.yaml': eng('introduction'), 'd.md': deck(['Agenda', 'B', 'C', 'D', 'E']) });
    assert.equal(at(f, 'missing-section').length, 1);
  });
});

describe('missing-deliverable', () => {
  it('is info: to do for the current stage, the 售前考评 record (history) for stages left', async () => {
    const f = await check({ 'engagement.yaml': eng('research') });
    const md = f.filter((x) => x.code === 'missing-deliverable');
    assert.deepEqual(
      md.map((x) => `${(x.data?.kinds as string[]).join('+')}:${x.severity}:${x.data?.history === true ? 'history' : 'today'}`),
      // One finding per stage, listing what it lacks (not one per deliverable stacked on `stage:`).
      ['interface-form:info:history', 'intro-deck:info:history', 'research-plan+research-report:info:today'],
    );
    assert.ok(at(f, 'missing-deliverable').every((s) => s === 'engagement.yaml:5:8-5:16'));
  });
});

describe('dangling-reference', () => {
  it('points at the id that names nothing', async () => {
    const f = await check({
      'engagement.yaml': eng('kickoff'),
      'stakeholders.yaml': 'kind: stakeholders\npeople:\n  - id: li\n    name: Li\n    type: user\n',
      'requirements.yaml': 'kind: requirements\nitems:\n  - id: REQ-001\n    title: Login\n    source: wang\n  - id: REQ-002\n    title: SSO\n    source: li\n',
      'activities.yaml': 'kind: activities\nitems:\n  - date: 2026-11-20\n    type: visit\n    with: [li, zhao]\n    follow_up: 2026-11-21\n',
    });
    assert.deepEqual(at(f, 'dangling-reference'), ['activities.yaml:5:16-5:20', 'requirements.yaml:5:13-5:17']);
  });
});

describe('section headings with full-width punctuation', () => {
  it('reads "A：公司介绍" and "（B）" style headings', async () => {
    const deck = '---\nkind: intro-deck\n---\n# 宣介\n## A：公司介绍\n## B、行业诉求与展望\n## C）整体\n## D．方案特性与收益\n## 案例分享（E）\n';
    const f = await check({ 'engagement.yaml': 'kind: engagement\nid: a\ntitle: 测试\ncustomer: 客户\nstage: introduction\n', 'd.md': deck });
    assert.deepEqual(at(f, 'missing-section'), []);
  });
});
