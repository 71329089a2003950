import { itemsOf } from '../model/engagement';
import { scalarText } from '../text/scalarText';
import type { Localized } from '../types';
import { rangeFor } from './rangeFor';
import type { Rule } from './rule';

const M: Localized = {
  en: 'Clause {ref} is a ★ (mandatory) item with a negative deviation (负偏离): a single one voids the bid. Meet the clause, or do not bid.',
  'zh-CN': '条款 {ref} 为★号实质性条款，却填写了负偏离：一项★负偏离即导致废标。请设法满足该条款，否则不宜投标。',
};

/** `star-negative-deviation`: a ★ row of a deviation table marked `deviation: negative`. */
export const starNegativeDeviation: Rule = {
  code: 'star-negative-deviation',
  run({ engagement: e, out }) {
    for (const d of itemsOf(e, 'deviation-table', 'items')) {
      if (typeof d.value.mark !== 'string' || !d.value.mark.includes('★') || d.value.deviation !== 'negative') continue;
      const ref = scalarText(d.value.ref);
      out.report(d.file.path, rangeFor(d.file, [[...d.path, 'deviation'], 'value']), 'star-negative-deviation', M, { params: { ref }, data: { ref, row: d.path[1] } });
    }
  },
};
