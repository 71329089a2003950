/**
 * Resolves an image source written in a Markdown file to a workspace-relative POSIX path, or undefined when
 * it is not a local file inside the engagement: URLs (http:, data:, …), absolute paths, drive letters and
 * paths that climb above `engagementRoot` are refused, so an export never reads outside the engagement.
 */
export function resolveImagePath(engagementRoot: string, fileDir: string, src: string): string | undefined {
  let rel = src.trim();
  try {
    rel = decodeURI(rel);
  } catch {
    return undefined;
  }
  rel = rel.replace(/[?#].*$/, '');
  if (!rel || /^[a-z][a-z0-9+.-]*:/i.test(rel) || rel.startsWith('/') || rel.includes('\\') || /[\u0000-\u001f]/.test(rel)) return undefined;
  const parts = fileDir ? fileDir.split('/') : [];
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  const path = parts.join('/');
  const inside = engagementRoot === '' || path.startsWith(`${engagementRoot}/`);
  return inside && path ? path : undefined;
}
