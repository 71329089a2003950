import { suggestId } from './suggestId';

/** What an id entered by a user may look like (matches the schemas' id pattern). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** True for a usable id: letters, digits, `_ . -`, not starting with a separator, at most 100 characters. */
export function isValidId(id: string): boolean {
  return id.length <= 100 && ID_PATTERN.test(id) && id !== '.' && !id.includes('..');
}

/** @deprecated Use `suggestId` (kept while the core surface still exports this name). */
export function deriveId(name: string, taken: Iterable<string> = [], fallback = 'person'): Promise<string> {
  return suggestId(name, taken, fallback);
}

/**
 * The next `REQ-NNN` after the highest one in use (`REQ-001` for none). Arithmetic is on BigInt, so
 * `REQ-99999999999999999999999` is followed by `REQ-100000000000000000000000`, never `REQ-1e+23`; the
 * number is zero-padded to the width of the highest id in use (at least 3: `REQ-0009` → `REQ-0010`).
 */
export function nextRequirementId(existing: Iterable<unknown>): string {
  let max = -1n;
  let width = 3;
  for (const id of existing) {
    const m = /^REQ-(\d{1,200})$/i.exec(String(id));
    if (!m) continue;
    const n = BigInt(m[1]);
    if (n > max) {
      max = n;
      width = Math.max(3, m[1].length);
    }
  }
  return `REQ-${String(max < 0n ? 1n : max + 1n).padStart(width, '0')}`;
}
