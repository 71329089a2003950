import { itemsOf } from '../model/engagement';
import { scalarText } from '../text/scalarText';
import type { Localized } from '../types';
import { rangeFor } from './rangeFor';
import type { Rule } from './rule';

const M: Localized = {
  en: 'The response to {ref} is a bare “{response}” with no evidence. Answer point by point (点对点应答): state how it is met, with brand/model, parameters and the page of proof; a bare “响应” is a classic reason for rejection.',
  'zh-CN': '条款 {ref} 的应答仅为“{response}”且无证明材料。请“点对点应答”：写明如何满足、品牌型号、技术参数及证明材料页码；只写“响应”是常见的废标原因。',
};

/** Answers that say nothing, compared without case, spaces or punctuation. */
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

/** `bare-response`: a deviation-table response that is only “响应/满足/comply…” and has no `evidence`. */
export const bareResponse: Rule = {
  code: 'bare-response',
  run({ engagement: e, out }) {
    for (const d of itemsOf(e, 'deviation-table', 'items')) {
      const response = d.value.response;
      if (typeof response !== 'string' || !BARE.has(normalize(response)) || !isEmpty(d.value.evidence)) continue;
      const ref = scalarText(d.value.ref);
      out.report(d.file.path, rangeFor(d.file, [[...d.path, 'response'], 'value']), 'bare-response', M, {
        params: { ref, response: response.trim() },
        data: { ref, row: d.path[1] },
      });
    }
  },
};
