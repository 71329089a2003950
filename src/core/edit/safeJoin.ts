/**
 * Joins a user-supplied relative path below `root` (both POSIX, '' is the workspace root), or returns
 * undefined when `rel` could leave it: absolute paths, drive letters, backslashes, `..`, empty or
 * control-character segments are refused rather than normalised.
 */
export function safeJoin(root: string, rel: string): string | undefined {
  if (!rel || rel.startsWith('/') || rel.includes('\\') || /^[A-Za-z]:/.test(rel) || /[\u0000-\u001f]/.test(rel)) return undefined;
  const parts: string[] = [];
  for (const seg of rel.split('/')) {
    if (seg === '' || /^\.{2,}$/.test(seg)) return undefined;
    if (seg === '.') continue;
    parts.push(seg);
  }
  if (parts.length === 0) return undefined;
  const tail = parts.join('/');
  return root ? `${root.replace(/\/+$/, '')}/${tail}` : tail;
}
