import { isBareResponse } from '../model/bareResponse';
import { itemsOf } from '../model/engagement';
import { scalarText } from '../text/scalarText';
import type { Localized } from '../types';
import { rangeFor } from './rangeFor';
import type { Rule } from './rule';

const M: Localized = {
  en: 'The response to {ref} is a bare “{response}” with no evidence. Answer point by point (点对点应答): state how it is met, with brand/model, parameters and the page of proof; a bare “响应” is a classic reason for rejection.',
  'zh-CN': '条款 {ref} 的应答仅为“{response}”且无证明材料。请“点对点应答”：写明如何满足、品牌型号、技术参数及证明材料页码；只写“响应”是常见的废标原因。',
};

/** `bare-response`: a deviation-table response that is only “响应/满足/comply…” and has no `evidence`. */
export const bareResponse: Rule = {
  code: 'bare-response',
  run({ engagement: e, out }) {
    for (const d of itemsOf(e, 'deviation-table', 'items')) {
      if (!isBareResponse(d.value)) continue;
      const response = String(d.value.response);
      const ref = scalarText(d.value.ref);
      out.report(d.file.path, rangeFor(d.file, [[...d.path, 'response'], 'value']), 'bare-response', M, {
        params: { ref, response: response.trim() },
        data: { ref, row: d.path[1] },
      });
    }
  },
};
