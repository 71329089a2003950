import { MAX_DEPTH, type DiscoveryProblem } from './discoverEngagements';
import { formatMessage } from './text/formatMessage';
import type { Finding, Language, Localized } from './types';

const MESSAGES: Record<DiscoveryProblem['reason'], Localized> = {
  unreadable: {
    en: 'This folder could not be read (permissions?), so nothing below it was checked.',
    'zh-CN': '无法读取该文件夹（权限不足？），其下的内容均未检查。',
  },
  'too-deep': {
    en: 'The folders below this one are more than {max} levels deep and were not searched for engagements.',
    'zh-CN': '此文件夹以下超过 {max} 层，其中的售前项目未被搜索。',
  },
  'near-marker': {
    en: '`{name}` is not read as an engagement: the marker file must be named exactly `engagement.yaml` (did you mean engagement.yaml?).',
    'zh-CN': '`{name}` 不会被识别为售前项目：标记文件必须恰好命名为 `engagement.yaml`（是否想写 engagement.yaml？）。',
  },
};

/**
 * What discovery could not search, as `unknown-kind` warnings on the folder or file (line 1): an
 * unreadable folder, the depth limit reached, a marker named `engagement.yml` or `Engagement.yaml`.
 */
export function discoveryFindings(problems: readonly DiscoveryProblem[], language: Language): Finding[] {
  return problems.map((p) => ({
    file: p.path || '.',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 'warning',
    code: 'unknown-kind',
    message: formatMessage(MESSAGES[p.reason], language, { max: MAX_DEPTH, name: p.path.slice(p.path.lastIndexOf('/') + 1) }),
    data: { discovery: p.reason },
  }));
}
