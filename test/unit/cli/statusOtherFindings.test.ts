import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statusText } from '../../../src/cli/statusText';
import { engagementYaml } from '../helpers/engagementBuilder';
import { statusOf } from '../status/statusOf';

/** Pitfalls and structural problems at once: a schema error ×2, an unknown tag, an unknown kind, missing deliverables. */
const files = (language: 'en' | 'zh-CN') => ({
  'engagement.yaml': engagementYaml({ stage: 'research', language }),
  'stakeholders.yaml': 'kind: stakeholders\npeople:\n  - id: a\n    name: !exec x\n    type: bogus\n  - id: b\n    type: user\n',
  'notes.yaml': 'kind: nonsense\n',
});

const sum = (text: string, re: RegExp) => [...text.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);

describe('presales status: other findings', () => {
  it('lists the findings that are not pitfalls per code with a count, so the lines add up to the counts (en)', async () => {
    const out = statusText(await statusOf(files('en')));
    assert.match(out, /^Other findings:\n {2}- schema · error ×2 · A field breaks the format · stakeholders\.yaml:5\n {2}- unknown-kind · warning ×1 · The file kind is unknown · notes\.yaml:1\n {2}- yaml-syntax · warning ×1 · .+ · stakeholders\.yaml:4\n {2}- missing-deliverable · info ×3 · A stage lacks a deliverable ·\n {4}engagement\.yaml:5\nFindings: 2 errors, 4 warnings, 5 info/m);
    const listed = sum(out, /^ {2}(?:error|warning|info|history \(presales evaluation\)) \((\d+)\)$/gm) + sum(out, /^ {2}- \S+ · \S+ ×(\d+) ·/gm);
    const [, e, w, i] = /^Findings: (\d+) errors?, (\d+) warnings?, (\d+) info/m.exec(out)!;
    assert.equal(listed, Number(e) + Number(w) + Number(i));
    assert.equal(listed, 11);
  });

  it('其他问题 in Chinese, and the pitfall and other lines add up to 检查结果', async () => {
    const out = statusText(await statusOf(files('zh-CN')));
    assert.match(out, /^其他问题：\n {2}- schema · 错误 ×2 · 字段不符合格式约定 · stakeholders\.yaml:5\n {2}- unknown-kind · 警告 ×1 · 无法识别文件类型 · notes\.yaml:1\n/m);
    const listed = sum(out, /^ {2}(?:错误|警告|提示|历史（售前考评）)（(\d+)）$/gm) + sum(out, /^ {2}- \S+ · \S+ ×(\d+) ·/gm);
    const [, e, w, i] = /^检查结果：错误 (\d+) · 警告 (\d+) · 提示 (\d+)/m.exec(out)!;
    assert.equal(listed, Number(e) + Number(w) + Number(i));
    assert.equal(listed, 11);
  });

  it('near miss: a clean engagement has no other-findings section; one missing deliverable is listed', async () => {
    const clean = statusText(await statusOf({ 'engagement.yaml': engagementYaml({ stage: 'kickoff' }), '01-kickoff/interface-form.yaml': 'kind: interface-form\n' }));
    assert.doesNotMatch(clean, /Other findings|其他问题/);
    const missing = statusText(await statusOf({ 'engagement.yaml': engagementYaml({ stage: 'kickoff' }) }));
    assert.match(missing, /^Other findings:\n {2}- missing-deliverable · info ×1 · A stage lacks a deliverable ·\n {4}engagement\.yaml:5\nFindings: 0 errors, 0 warnings, 1 info/m);
  });
});
