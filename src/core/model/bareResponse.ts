/** Answers that say nothing, compared without case, spaces or punctuation (点对点应答). */
const BARE = new Set(
  ['响应', '满足', '完全响应', '完全满足', '符合', '完全符合', '满足要求', '符合要求', '响应要求', '完全满足要求', 'comply', 'complies', 'complied', 'compliant', 'fully comply', 'fully compliant', 'yes', 'ok', 'meet', 'meets', 'met'].map(normalize),
);

function normalize(s: string): string {
  return s.toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '');
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.every(isEmpty);
  return false;
}

/** True when a deviation row answers only "响应/满足/comply" and gives no evidence (点对点应答). */
export function isBareResponse(row: Record<string, unknown>): boolean {
  return typeof row.response === 'string' && BARE.has(normalize(row.response)) && isEmpty(row.evidence);
}
