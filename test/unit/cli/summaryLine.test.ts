import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CliReport } from '../../../src/cli/cliReport';
import { formatText, summaryLanguage } from '../../../src/cli/formatCheck';

const report = (language: 'zh-CN' | 'en', files = 3): CliReport => ({ findings: [], files, language });

describe('check summary line', () => {
  it('is Chinese when every engagement is zh-CN', () => {
    assert.equal(formatText([report('zh-CN', 12)], false), '共 1 个售前项目、12 个文件：错误 0 条，警告 0 条，提示 0 条');
  });

  it('near miss: English when any engagement is English, or when there is none', () => {
    assert.equal(summaryLanguage([report('zh-CN'), report('en')]), 'en');
    assert.equal(summaryLanguage([]), 'en');
    assert.equal(formatText([report('en', 2)], false), '1 engagement, 2 files: 0 errors, 0 warnings, 0 info');
  });

  it('puts English nouns in the right number, never "(s)"', () => {
    const finding = (severity: 'error' | 'warning' | 'info') => ({ code: 'x', severity, message: 'm', file: 'a.yaml', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }) as CliReport['findings'][number];
    const one = { findings: [finding('error'), finding('warning'), finding('info')], files: 1, language: 'en' as const };
    assert.equal(formatText([one], false).split('\n').at(-1), '1 engagement, 1 file: 1 error, 1 warning, 1 info');
    assert.equal(formatText([one, report('en', 4)], false).split('\n').at(-1), '2 engagements, 5 files: 1 error, 1 warning, 1 info');
    assert.equal(formatText([{ ...one, language: 'zh-CN' }], false).split('\n').at(-1), '共 1 个售前项目、1 个文件：错误 1 条，警告 1 条，提示 1 条');
  });
});
