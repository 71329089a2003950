import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCapture as run, tempFolder } from '../helpers/cliRun';

const P = '04-solution/pricing.yaml';
const T = '05-bidding/deviation-technical.yaml';
const C = '05-bidding/deviation-commercial.yaml';
const ANSWER = { file: '04-solution/solution.md', line: 19, heading: 'C 客户愿景与需求' };
const HIS = { file: P, line: 4, item: 'HIS 核心平台（门诊、住院、药房、收费）', amount: 1080000 };
const SERVICE = { file: P, line: 27, item: '实施、培训与首年运维服务', amount: 624000 };

const SMALL = {
  'engagement.yaml': 'kind: engagement\nid: s\ntitle: Small\ncustomer: C\nstage: solution\nlanguage: en\n',
  'requirements.yaml': 'kind: requirements\nitems:\n  - id: R-1\n    title: "=HYPERLINK(\\"http://x\\")"\n    kano: basic\n    status: met\n    source: ann\n  - id: R-2\n    title: "Two, \\"quoted\\"\\u001b[2J"\n',
  'solution.md': '---\nkind: solution\n---\n# Design\nR-1 is met by the core.\n',
  'pricing.yaml': 'kind: pricing\nlines:\n  - item: "-Core"\n    amount: 100\n    req: [R-1]\n',
};

describe('presales trace', () => {
  it('prints the JSON matrix of county-hospital-bid with engagement-relative files and 1-based lines', async () => {
    const r = await run(['trace', 'examples/county-hospital-bid', '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.deepEqual(j.requirements.slice(0, 3), [
      { id: 'REQ-001', title: '门诊挂号、缴费、取药一站式办理，高峰期不排长队', kano: 'basic', status: 'met', source: 'song-zuzhang', answered: [ANSWER], priced: [HIS, SERVICE], deviations: [] },
      { id: 'REQ-002', title: '住院医嘱全流程闭环（开立—审核—执行—核对）', kano: 'basic', status: 'met', source: 'chen-fuyuanzhang', answered: [], priced: [HIS, SERVICE], deviations: [] },
      {
        id: 'REQ-003', title: '电子病历系统应用水平分级评价 2027 年通过五级', kano: 'basic', status: 'met', source: 'zhou-yuanzhang', answered: [ANSWER],
        priced: [{ file: P, line: 8, item: '电子病历系统（五级评审版，含 CDSS）', amount: 620000 }, SERVICE],
        deviations: [{ file: T, line: 11, ref: '2.2.1', mark: '★', deviation: 'none' }, { file: T, line: 18, ref: '2.2.4', mark: '▲', deviation: 'none' }],
      },
    ]);
    assert.deepEqual(j.requirements[5].deviations, [{ file: T, line: 25, ref: '2.4.1', mark: '', deviation: 'negative' }, { file: T, line: 32, ref: '2.4.3', mark: '▲', deviation: 'positive' }]);
    assert.deepEqual(j.requirements[9], { id: 'REQ-010', title: '保留现有药房管理系统，新 HIS 只做接口', kano: 'performance', status: 'out-of-scope', source: 'he-zhuren', answered: [], priced: [], deviations: [] });
    assert.deepEqual(j.clauses.slice(3, 6), [
      { ref: '2.2.4', mark: '▲', rows: [{ file: T, line: 18 }] },
      { ref: '2.3.2', mark: '★', rows: [] },
      { ref: '2.3.5', mark: '', rows: [] },
    ]);
    assert.deepEqual(j.clauses[10], { ref: '5.1', mark: '★', rows: [{ file: C, line: 23 }] });
    assert.equal(j.requirements.length, 10);
    assert.equal(j.clauses.length, 11);
  });

  it('prints readable zh-CN text for a Chinese engagement', async () => {
    const r = await run(['trace', 'examples/county-hospital-bid']);
    assert.equal(r.code, 0);
    const lines = r.out.split('\n');
    assert.equal(lines[0], '需求追溯矩阵：青山县人民医院智慧医院信息系统（HIS/EMR）建设项目（需求 10 项，招标条款 11 条）');
    assert.deepEqual(lines.slice(2, 8), [
      'REQ-001  门诊挂号、缴费、取药一站式办理，高峰期不排长队',
      '  基本 · 满足 · 来源 song-zuzhang',
      '  方案回应  04-solution/solution.md:19  C 客户愿景与需求',
      '  报价      04-solution/pricing.yaml:4  HIS 核心平台（门诊、住院、药房、收费）  1,080,000',
      '            04-solution/pricing.yaml:27  实施、培训与首年运维服务  624,000',
      '  偏离表    —',
    ]);
    assert.ok(lines.includes('  ★ 2.3.2  偏离表中无对应行'));
    assert.ok(lines.includes('  ★ 5.1  05-bidding/deviation-commercial.yaml:23'));
  });

  it('prints English text with control characters escaped', async () => {
    const r = await run(['trace', tempFolder(SMALL)]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, [
      'Compliance matrix: Small (2 requirements, 0 tender clauses)',
      '',
      'R-1  =HYPERLINK("http://x")',
      '  basic · met · source ann',
      '  answered   solution.md:5  Design',
      '  priced     pricing.yaml:3  -Core  100',
      '  deviation  —',
      '',
      'R-2  Two, "quoted"\\e[2J',
      '  no source',
      '  answered   —',
      '  priced     —',
      '  deviation  —',
      '',
      '',
    ].join('\n'));
  });

  it('prints CSV with a header, RFC 4180 quoting and formula-injection safety', async () => {
    const r = await run(['trace', tempFolder(SMALL), '--format', 'csv']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual([...Buffer.from(r.out, 'utf8').subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM so Excel reads Chinese');
    assert.equal(r.out, [
      '\uFEFFid,title,kano,status,source,answered,priced,deviations',
      `R-1,"'=HYPERLINK(""http://x"")",basic,met,ann,solution.md:5 Design,pricing.yaml:3 -Core (100),`,
      'R-2,"Two, ""quoted""\\e[2J",,,,,,',
      '',
    ].join('\r\n') + '\n');
  });

  it('refuses a folder that is not an engagement, and an unknown format, with exit code 2', async () => {
    const notEngagement = await run(['trace', tempFolder({ 'notes.md': 'hi\n' })]);
    assert.equal(notEngagement.code, 2);
    assert.match(notEngagement.err, /^presales: no engagement\.yaml in /);
    const badFormat = await run(['trace', 'examples/acme-his', '--format', 'xml']);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.err, /--format must be text, json or csv, not "xml"/);
    assert.match((await run(['trace', '--help'])).out, /^Usage: presales trace <engagement> \[--format text\|json\|csv\]/);
  });
});
