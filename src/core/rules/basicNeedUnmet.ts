import { where } from '../model/source';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: '{id} is a basic need (基本需求) and it is unmet: without its basic needs the customer will not buy. Meet it, offer a workaround, or guide the customer back to the original need.',
  'zh-CN': '{id} 是基本需求却未满足：基本需求不满足，客户不会购买。请设法满足、提供替代方案，或引导客户回到原始诉求。',
};

/** `basic-need-unmet`: a Kano `basic` requirement whose status is `unmet`. */
export const basicNeedUnmet = defineRule({
  meta: {
    code: 'basic-need-unmet',
    severity: 'error',
    term: '基本需求',
    summary: { 'zh-CN': '基本需求未满足', en: 'A basic need is unmet' },
    description: {
      'zh-CN': 'Kano 模型中的基本需求是客户认为理所当然的部分：满足了不加分，不满足客户就不会购买。任何一条基本需求为 unmet，都应先解决或给出替代方案。',
      en: 'In the Kano model a basic need is taken for granted: meeting it earns nothing, missing it loses the deal. Any basic need left `unmet` must be met, worked around, or traced back to the original need first.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('basic-need-unmet'),
    explain: {
      fires: {
        'zh-CN': '基本需求（`kano: basic`）的状态为 `unmet`。',
        en: 'A basic need (`kano: basic`) has `status: unmet`.',
      },
      example: 'kind: requirements\nitems:\n  - id: REQ-001\n    title: Online booking\n    kano: basic\n    status: unmet',
      fix: {
        'zh-CN': '满足它、找到替代方案，或回溯到原始需求重新确认。',
        en: 'Meet it, work around it, or trace it back to the original need first.',
      },
    },
  },
  run({ engagement: e, report }) {
    for (const r of e.requirements) {
      if (r.kano !== 'basic' || r.status !== 'unmet') continue;
      const id = r.id?.trim() || '?';
      report(where(r.at, 'status'), M, { params: { id }, data: { id } });
    }
  },
});
