import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discoverEngagements } from '../../../src/core/discoverEngagements';
import { loadEngagement } from '../../../src/core/loadEngagement';
import { traceability, type Traceability } from '../../../src/core/model/traceability';
import { fsFromFolder } from '../helpers/checkFixture';
import { MemoryFs } from '../helpers/memoryFs';

async function traceOf(fs: MemoryFs): Promise<Traceability> {
  const [found] = await discoverEngagements(fs, '');
  return traceability(await loadEngagement(fs, found));
}

/** `file:line` with 1-based lines, like the CLI prints them. */
const line = (w: { file: string; range: { start: { line: number } } }) => `${w.file}:${w.range.start.line + 1}`;

/** One requirement's row as compact text: answered (with heading) | priced | deviation rows. */
function rows(t: Traceability): Record<string, string[]> {
  return Object.fromEntries(t.requirements.map((r) => [r.id, [
    r.answered.map((a) => `${line(a)} ${a.heading}`).join('; '),
    r.priced.map(line).join('; '),
    r.deviations.map((d) => `${line(d)} ${d.mark ?? ''}${d.ref}`).join('; '),
    r.sources.map((s) => `${s.id} [${s.concerns.join(',')}]`).join('; '),
  ]]));
}

describe('traceability (the compliance matrix)', () => {
  it('county-hospital-bid: answers, priced lines, deviation rows and sources with exact files and lines', async () => {
    const t = await traceOf(fsFromFolder('examples/county-hospital-bid'));
    const S = '04-solution/solution.md:19 C 客户愿景与需求';
    const P = '04-solution/pricing.yaml';
    const T = '05-bidding/deviation-technical.yaml';
    assert.deepEqual(rows(t), {
      'REQ-001': [S, `${P}:4; ${P}:27`, '', 'song-zuzhang [performance,usability]'],
      'REQ-002': ['', `${P}:4; ${P}:27`, '', 'chen-fuyuanzhang [risk,function]'],
      'REQ-003': [S, `${P}:8; ${P}:27`, `${T}:11 ★2.2.1; ${T}:18 ▲2.2.4`, 'zhou-yuanzhang [brand,risk,price]'],
      'REQ-004': ['', `${P}:12; ${P}:17`, '', 'zheng-hushizhang [usability]'],
      'REQ-005': ['', `${P}:4`, `${T}:4 ★2.1.3`, 'song-zuzhang [performance,usability]'],
      'REQ-006': ['', `${P}:21`, `${T}:25 2.4.1; ${T}:32 ▲2.4.3`, 'lin-kezhang [performance,assurance,cost-of-use]'],
      'REQ-007': [S, `${P}:24`, '05-bidding/deviation-commercial.yaml:10 ★3.1', 'lin-kezhang [performance,assurance,cost-of-use]'],
      'REQ-008': ['', `${P}:30`, '', 'zhou-yuanzhang [brand,risk,price]'],
      'REQ-009': ['', '', '', 'lin-kezhang [performance,assurance,cost-of-use]'],
      'REQ-010': ['', '', '', 'he-zhuren [function]'],
    });
    // Amounts are the lines' prices (36 PDAs × 3,500); the optional line is kept and marked.
    const pda = t.requirements[3].priced[1];
    assert.deepEqual([pda.item, pda.amount, pda.optional], ['移动护理 PDA 终端', 126000, false]);
    assert.equal(t.requirements[7].priced[0].optional, true);
    assert.deepEqual(t.clauses.map((c) => `${c.mark}${c.ref}@${line(c.at)}:${c.rows.map(line).join(',')}`), [
      '★1.3@05-bidding/tender.yaml:14:05-bidding/deviation-commercial.yaml:4',
      '★2.1.3@05-bidding/tender.yaml:18:05-bidding/deviation-technical.yaml:4',
      '★2.2.1@05-bidding/tender.yaml:22:05-bidding/deviation-technical.yaml:11',
      '▲2.2.4@05-bidding/tender.yaml:26:05-bidding/deviation-technical.yaml:18',
      '★2.3.2@05-bidding/tender.yaml:30:',
      '2.3.5@05-bidding/tender.yaml:34:',
      '2.4.1@05-bidding/tender.yaml:38:05-bidding/deviation-technical.yaml:25',
      '▲2.4.3@05-bidding/tender.yaml:43:05-bidding/deviation-technical.yaml:32',
      '★3.1@05-bidding/tender.yaml:48:05-bidding/deviation-commercial.yaml:10',
      '▲3.3@05-bidding/tender.yaml:52:05-bidding/deviation-commercial.yaml:17',
      '★5.1@05-bidding/tender.yaml:56:05-bidding/deviation-commercial.yaml:23',
    ]);
    assert.deepEqual(t.untracedLines, []);
    assert.equal(t.hasSolution, true);
  });

  it('northwind-erp and acme-his: every basic need is answered on its line; the one untraced priced line is found', async () => {
    const nw = await traceOf(fsFromFolder('examples/northwind-erp'));
    assert.deepEqual(nw.requirements.map((r) => `${r.id} ${r.answered.map(line).join(',')}`), [
      'REQ-001 04-solution/solution.md:23', 'REQ-002 04-solution/solution.md:23', 'REQ-003 04-solution/solution.md:23',
      'REQ-004 04-solution/solution.md:24', 'REQ-005 04-solution/solution.md:23', 'REQ-006 04-solution/solution.md:24',
      'REQ-007 04-solution/solution.md:25', 'REQ-008 04-solution/solution.md:26',
    ]);
    assert.deepEqual(nw.untracedLines.map((l) => `${l.item}@${l.at.file.path}`), ['First-year support and hosting@04-solution/pricing.yaml']);
    const acme = await traceOf(fsFromFolder('examples/acme-his'));
    assert.deepEqual(acme.requirements.map((r) => `${r.id} ${r.answered.map(line).join(',')} | ${r.priced.map(line).join(',')}`), [
      'REQ-001 04-solution/solution.md:24 | 04-solution/pricing.yaml:4', 'REQ-002 04-solution/solution.md:24 | 04-solution/pricing.yaml:4',
      'REQ-003 04-solution/solution.md:24 | 04-solution/pricing.yaml:8', 'REQ-004 04-solution/solution.md:25 | 04-solution/pricing.yaml:12,04-solution/pricing.yaml:16',
      'REQ-005 04-solution/solution.md:24 | 04-solution/pricing.yaml:20', 'REQ-006 04-solution/solution.md:26 | 04-solution/pricing.yaml:29',
      'REQ-007 04-solution/solution.md:25 | 04-solution/pricing.yaml:25', 'REQ-008 04-solution/solution.md:25 | 04-solution/pricing.yaml:4',
      'REQ-009 04-solution/solution.md:24 | 04-solution/pricing.yaml:4',
    ]);
    assert.deepEqual(acme.clauses, []);
  });

  it('reads only what the customer reads, once per line, under the nearest heading; controls and duplicates', async () => {
    const fs = new MemoryFs({
      'engagement.yaml': 'kind: engagement\nid: a\ntitle: A\ncustomer: C\nstage: solution\n',
      'requirements.yaml': 'kind: requirements\nitems:\n  - id: R-1\n    title: One\n  - id: R-1\n    title: Again\n  - id: R-2\n    title: Two\n',
      'solution.md': '---\nkind: solution\nnote: R-1\n---\nR-1 before any heading.\n# Top R-2\n## Sub\nR-1 and R-1 again, R-2.\n<!-- R-2 -->\n```\nR-2\n```\n### Deeper\n- R-2.\n',
      'bid-control.yaml': 'kind: bid-control\nitems:\n  - parameter: P\n    mark: ★\n    req: [R-2, R-2]\n',
    });
    const t = await traceOf(fs);
    assert.deepEqual(t.requirements.map((r) => [r.id, r.title, r.answered.map((a) => `${line(a)} ${a.heading}`)]), [
      ['R-1', 'One', ['solution.md:5 ', 'solution.md:8 Sub']],
      ['R-2', 'Two', ['solution.md:8 Sub', 'solution.md:14 Deeper']],
    ]);
    assert.deepEqual(t.requirements[1].controls.map((c) => `${line(c)} ${c.mark}${c.parameter}`), ['bid-control.yaml:3 ★P']);
  });

  it('is built once per engagement read (rules, status and adapters share it)', async () => {
    const fs = fsFromFolder('examples/acme-his');
    const [found] = await discoverEngagements(fs, '');
    const e = await loadEngagement(fs, found);
    assert.equal(traceability(e), traceability(e));
  });
});
