import { where } from '../model/source';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: 'Clause {ref} is a ★ (mandatory) item with a negative deviation (负偏离): a single one voids the bid. Meet the clause, or do not bid.',
  'zh-CN': '条款 {ref} 为★号实质性条款，却填写了负偏离：一项★负偏离即导致废标。请设法满足该条款，否则不宜投标。',
};

/** `star-negative-deviation`: a ★ row of a deviation table marked `deviation: negative`. */
export const starNegativeDeviation = defineRule({
  meta: {
    code: 'star-negative-deviation',
    severity: 'error',
    summary: { 'zh-CN': '★项负偏离', en: 'A ★ item deviates negatively' },
    description: {
      'zh-CN': '★号条款是实质性条款，任何一项负偏离都会导致废标。要么设法满足，要么不投。',
      en: 'A ★ clause is mandatory: a single negative deviation voids the bid. Meet the clause, or do not bid.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('star-negative-deviation'),
    explain: {
      fires: {
        'zh-CN': '偏离表中 ★ 条款的行为负偏离（`deviation: negative`）。',
        en: 'A ★ row of a deviation table deviates negatively (`deviation: negative`).',
      },
      example: 'kind: deviation-table\nitems:\n  - ref: "3.1"\n    mark: ★\n    deviation: negative',
      fix: {
        'zh-CN': '满足该条款，否则不要投标。',
        en: 'Meet the clause, or do not bid.',
      },
    },
  },
  run({ engagement: e, report }) {
    for (const d of e.deviations) {
      if (d.mark !== '★' || d.deviation !== 'negative') continue;
      const ref = d.ref ?? '?';
      report(where(d.at, 'deviation'), M, { params: { ref }, data: { ref, row: d.index } });
    }
  },
});
