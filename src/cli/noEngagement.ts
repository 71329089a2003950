import { terminalSafe } from './terminalText';

/** stderr when the folder holds no engagement (exit 2): a typo in the path must not pass as a clean check. */
export function noEngagementMessage(folder: string): string {
  const f = terminalSafe(folder);
  return `presales: no engagement found below ${f}; an engagement is a folder with an engagement.yaml (kind: engagement).
presales：在 ${f} 下没有找到售前项目；售前项目是含有 engagement.yaml（kind: engagement）的文件夹。`;
}

/** stderr when the folder itself cannot be read (exit 2). */
export function unreadableRootMessage(folder: string): string {
  const f = terminalSafe(folder);
  return `presales: cannot read the folder ${f} (permissions?).\npresales：无法读取文件夹 ${f}（权限不足？）。`;
}
