import { asRange, isSafePath } from '../dashboard/messageValidator';
import type { MatrixWebviewMessage } from '../../webview/matrix/protocol';

const MAX_KEY = 2048;

/**
 * Checks a message from the matrix panel: exact shape, a known engagement, a path that belongs to it, a
 * well-formed range. Returns the message rebuilt from its checked fields, or undefined (the page is not trusted).
 * `pathsOf(key)` is the host's own list of the engagement's files (undefined for an unknown engagement).
 */
export function validateMatrixMessage(raw: unknown, pathsOf: (key: string) => ReadonlySet<string> | undefined): MatrixWebviewMessage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const m = raw as Record<string, unknown>;
  const keys = Object.keys(m);
  if (m.type === 'ready') return keys.length === 1 ? { type: 'ready' } : undefined;
  if (m.type !== 'open' || !keys.every((k) => ['type', 'key', 'file', 'range'].includes(k))) return undefined;
  if (typeof m.key !== 'string' || m.key.length === 0 || m.key.length > MAX_KEY || !isSafePath(m.file)) return undefined;
  const paths = pathsOf(m.key);
  if (!paths?.has(m.file)) return undefined;
  const range = asRange(m.range);
  return range ? { type: 'open', key: m.key, file: m.file, range } : undefined;
}
