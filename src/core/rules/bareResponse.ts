import { isBareResponse } from '../model/bareResponse';
import { where } from '../model/source';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: 'The response to {ref} is a bare “{response}” with no evidence. Answer point by point (点对点应答): state how it is met, with brand/model, parameters and the page of proof; a bare “响应” is a classic reason for rejection.',
  'zh-CN': '条款 {ref} 的应答仅为“{response}”且无证明材料。请“点对点应答”：写明如何满足、品牌型号、技术参数及证明材料页码；只写“响应”是常见的废标原因。',
};

/** `bare-response`: a deviation-table response that is only “响应/满足/comply…” and has no `evidence`. */
export const bareResponse = defineRule({
  meta: {
    code: 'bare-response',
    severity: 'warning',
    term: '点对点应答',
    summary: { 'zh-CN': '应答未点对点', en: 'A response is bare' },
    description: {
      'zh-CN': '偏离表的应答只写“响应/满足/符合”而没有证明材料。评标专家要逐条核对：应写明如何满足、品牌型号、技术参数和证明材料页码，光写“响应”常被判为废标。',
      en: 'A deviation-table response says only “comply/响应/满足” and gives no evidence. Evaluators check clause by clause: state how the clause is met, with brand, model, parameters and the page of proof; a bare “comply” is a classic reason for rejection.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('bare-response'),
    explain: {
      fires: {
        'zh-CN': '偏离表的应答只有“响应／满足／comply”，没有说明与证据。',
        en: 'A deviation-table response says only “comply/响应/满足”, without how or proof.',
      },
      example: 'kind: deviation-table\nitems:\n  - ref: "2.4"\n    response: 满足',
      fix: {
        'zh-CN': '写明如何满足：品牌、型号、参数及证明材料所在页码。',
        en: 'State how it is met: brand, model, parameters and the page of proof.',
      },
    },
  },
  run({ engagement: e, report }) {
    for (const d of e.deviations) {
      if (!isBareResponse(d)) continue;
      const ref = d.ref ?? '?';
      report(where(d.at, 'response'), M, { params: { ref, response: d.response!.trim() }, data: { ref, row: d.index } });
    }
  },
});
