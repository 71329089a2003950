import type { DeviationRow } from './records';

/** Answers that say nothing, compared without case, spaces or punctuation (点对点应答). */
const BARE = new Set(
  ['响应', '满足', '完全响应', '完全满足', '符合', '完全符合', '满足要求', '符合要求', '响应要求', '完全满足要求', 'comply', 'complies', 'complied', 'compliant', 'fully comply', 'fully compliant', 'yes', 'ok', 'meet', 'meets', 'met'].map(normalize),
);

/**
 * NFKC first (full-width ＯＫ / ｙｅｓ / Ｃｏｍｐｌｙ read as ASCII), then format characters (zero-width spaces,
 * joiners, bidi controls: \p{Cf}) go with punctuation, symbols and spaces: padding must not hide a bare answer.
 */
function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s\p{Cf}]/gu, '');
}

/** True when a deviation row answers only "响应/满足/comply" and gives no evidence (点对点应答). */
export function isBareResponse(row: DeviationRow): boolean {
  return row.response !== undefined && BARE.has(normalize(row.response)) && row.evidence.length === 0;
}
