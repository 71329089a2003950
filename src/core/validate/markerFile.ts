import type { FindingCollector } from '../findingCollector';
import type { SourceFile } from '../parse/sourceFile';
import type { Localized } from '../types';

const MARKER = /(?:^|\/)engagement\.yaml$/;
const FIELDS = '`kind: engagement`, `id`, `title`, `customer`, `stage`';

const EMPTY: Localized = {
  en: `engagement.yaml is empty, so this folder's engagement cannot be checked. Write at least ${FIELDS}.`,
  'zh-CN': `engagement.yaml 是空文件，本文件夹的售前项目无法检查。请至少写上 ${FIELDS}。`,
};
const NO_KIND: Localized = {
  en: `engagement.yaml has no \`kind: engagement\`, so this folder's engagement cannot be checked. Add it as the first line (with ${FIELDS}).`,
  'zh-CN': `engagement.yaml 缺少 \`kind: engagement\`，本文件夹的售前项目无法检查。请在第一行加上它（并写明 ${FIELDS}）。`,
};
const OTHER_KIND: Localized = {
  en: 'engagement.yaml declares `kind: {kind}`, but this file marks the engagement and must be `kind: engagement`. Move the {kind} content to its own file.',
  'zh-CN': 'engagement.yaml 声明了 `kind: {kind}`，但该文件标记售前项目本身，必须是 `kind: engagement`。请把 {kind} 内容移到单独的文件。',
};

/**
 * The marker of an engagement (`engagement.yaml`, which made its folder an engagement) must be
 * `kind: engagement`. An empty, kind-less or other-kind marker used to pass as "nothing to check";
 * it is an error that says what to write. Returns true when it reported (the file needs no other check).
 */
export function reportMarker(file: SourceFile, out: FindingCollector): boolean {
  if (!MARKER.test(file.path) || file.rawKind === 'engagement') return false;
  const empty = file.data === undefined || file.data === null;
  const message = empty ? EMPTY : file.rawKind === undefined ? NO_KIND : OTHER_KIND;
  const range = !empty && file.rawKind !== undefined && file.yaml ? file.yaml.rangeAt(['kind']) : file.lines.lineRange(0);
  out.report(file.path, range, 'unknown-kind', message, { severity: 'error', params: { kind: String(file.rawKind) } });
  return true;
}
