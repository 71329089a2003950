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
    assert.equal(formatText([report('en', 2)], false), '1 engagement(s), 2 file(s): 0 error(s), 0 warning(s), 0 info');
  });
});
