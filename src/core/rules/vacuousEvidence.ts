import { isVacuousEvidence } from '../method/evidencePointers';
import { refTextOf } from '../model/clauseIndex';
import { where } from '../model/source';
import type { Localized } from '../types';
import { beforeDeadline, excerpt } from './deadlineWords';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: 'The evidence for clause {ref} ("{evidence}") only points elsewhere, with no page or section. Evaluators score row by row and will not search the bid for it: {when}, give the volume, section and page (e.g. "technical bid §3.2, p. 45").',
  'zh-CN': '条款 {ref} 的证明材料（“{evidence}”）只是泛泛指向别处，没有页码或章节号。评委逐条打分，不会替我们翻找：请{when}写明册、章节与页码（如“见技术方案第 3.2 节第 45 页”）。',
};

/** `vacuous-evidence`: every evidence entry of a row is a bare pointer (详见技术方案, 见附件, see proposal). */
export const vacuousEvidence = defineRule({
  meta: {
    code: 'vacuous-evidence',
    severity: 'warning',
    term: '点对点应答',
    summary: { 'zh-CN': '证明材料无页码', en: 'Evidence points nowhere in particular' },
    description: {
      'zh-CN': '点对点应答要求每条应答给出可核对的证明：“详见技术方案”“见附件”“见投标文件”这类没有页码、章节号的指向，评委无从查找，常按未提供证明处理。写明第几册、第几节、第几页即可。',
      en: 'Point-by-point answers need evidence an evaluator can check. "See proposal", "see attachment", "详见技术方案" with no page or section cannot be found and are often scored as no evidence. Name the volume, section and page.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('vacuous-evidence'),
    explain: {
      fires: {
        'zh-CN': '证据只写“详见技术方案”“见附件”之类，没有卷册、章节或页码。',
        en: 'Evidence says only “see proposal”, “see attachment” and the like, with no volume, section or page.',
      },
      example: 'kind: deviation-table\nitems:\n  - ref: "2.1"\n    evidence: [详见技术方案]',
      fix: {
        'zh-CN': '写明卷册、章节和页码，例如“技术标 第 3.2 节 第 45 页”。',
        en: 'Name the volume, section and page, e.g. “Technical bid, §3.2, p. 45”.',
      },
    },
  },
  run({ engagement: e, language, report, today }) {
    const when = beforeDeadline(e, language, today);
    for (const row of e.deviations) {
      if (!isVacuousEvidence(row.evidence)) continue;
      const ref = refTextOf(row) ?? `#${row.index + 1}`;
      report(where(row.at, 'evidence'), M, { params: { ref, evidence: excerpt(row.evidence.join('; ')), when }, data: { ref } });
    }
  },
});
