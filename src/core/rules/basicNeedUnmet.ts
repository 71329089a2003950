import { itemsOf } from '../model/engagement';
import { scalarText } from '../text/scalarText';
import type { Localized } from '../types';
import { rangeFor } from './rangeFor';
import type { Rule } from './rule';

const M: Localized = {
  en: '{id} is a basic need (基本需求) and it is unmet: without its basic needs the customer will not buy. Meet it, offer a workaround, or guide the customer back to the original need.',
  'zh-CN': '{id} 是基本需求却未满足：基本需求不满足，客户不会购买。请设法满足、提供替代方案，或引导客户回到原始诉求。',
};

/** `basic-need-unmet`: a Kano `basic` requirement whose status is `unmet`. */
export const basicNeedUnmet: Rule = {
  code: 'basic-need-unmet',
  run({ engagement: e, out }) {
    for (const r of itemsOf(e, 'requirements', 'items')) {
      if (r.value.kano !== 'basic' || r.value.status !== 'unmet') continue;
      const id = scalarText(r.value.id);
      out.report(r.file.path, rangeFor(r.file, [[...r.path, 'status'], 'value']), 'basic-need-unmet', M, { params: { id }, data: { id } });
    }
  },
};
