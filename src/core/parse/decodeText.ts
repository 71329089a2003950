/** Why a file's bytes could not become text. */
export type UnreadableReason = 'binary' | 'encoding' | 'too-large';

/** Files above this size are skipped with a finding (a 300-page document is ~1 MB). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 (dropping a BOM) or says why the bytes are not a text file we read. */
export function decodeText(bytes: Uint8Array): { text: string } | { reason: UnreadableReason } {
  if (bytes.byteLength > MAX_FILE_BYTES) return { reason: 'too-large' };
  const probe = Math.min(bytes.byteLength, 8192);
  for (let i = 0; i < probe; i++) if (bytes[i] === 0) return { reason: 'binary' };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { reason: 'encoding' };
  }
}
