import type { IdRef } from '../model/records';
import { nearestRange } from '../model/source';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const M: Localized = {
  en: '`{id}` names no {what} of this engagement.',
  'zh-CN': '`{id}` 在本项目中找不到对应的{what}。',
};
const WHAT = {
  stakeholder: { en: 'stakeholder in stakeholders.yaml', 'zh-CN': '干系人(stakeholders.yaml)' },
  requirement: { en: 'requirement in requirements.yaml', 'zh-CN': '需求(requirements.yaml)' },
} as const;

/** `dangling-reference`: ids in `source`, `with`, `contacts` and `req` that name nothing. */
export const danglingReference = defineRule({
  meta: {
    code: 'dangling-reference',
    severity: 'warning',
    summary: { 'zh-CN': '引用的编号不存在', en: 'A reference names nothing' },
    description: {
      'zh-CN': '`source`、`with`、`contacts` 或 `req` 中的编号在本项目的干系人或需求清单中找不到。断开的引用会让追溯和统计失真。',
      en: 'An id in `source`, `with`, `contacts` or `req` names no stakeholder or requirement of this engagement. Broken references make tracing and the views wrong.',
    },
    thresholds: [],
    pitfall: false,
    fixable: true,
    docs: docsAnchor('dangling-reference'),
    explain: {
      fires: {
        'zh-CN': '`source`、`with`、`contacts` 或 `req` 中的编号找不到对应的干系人或需求。',
        en: 'An id in `source`, `with`, `contacts` or `req` names no stakeholder or requirement.',
      },
      example: 'kind: requirements\nitems:\n  - id: REQ-002\n    title: Nurse rota on the ward tablets\n    source: ghost-person   # no such stakeholder',
      fix: {
        'zh-CN': '改正拼写，或用快速修复添加该干系人／需求。',
        en: 'Correct the id, or add the stakeholder or requirement with the quick fix.',
      },
    },
  },
  run({ engagement: e, language, report }) {
    const people = new Set(e.people.flatMap((p) => (p.id === undefined ? [] : [p.id])));
    const reqs = new Set(e.requirements.flatMap((r) => (r.id === undefined ? [] : [r.id])));
    // Before the list exists at all there is nothing to dangle from: one missing file, not N findings.
    const has = { stakeholder: e.files.some((f) => f.kind === 'stakeholders'), requirement: e.files.some((f) => f.kind === 'requirements') };
    const check = (refs: readonly IdRef[], known: Set<string>, what: keyof typeof WHAT) => {
      if (!has[what]) return;
      for (const ref of refs) {
        if (known.has(ref.id)) continue;
        report(nearestRange(ref.at), M, { params: { id: ref.id, what: WHAT[what][language] }, data: { id: ref.id, target: what } });
      }
    };
    for (const r of e.requirements) check(r.source, people, 'stakeholder');
    for (const a of e.activities) check(a.with, people, 'stakeholder');
    for (const p of e.pricing) for (const l of p.lines) check(l.req, reqs, 'requirement');
    for (const d of e.deviations) check(d.req, reqs, 'requirement');
    for (const c of e.controls) check(c.req, reqs, 'requirement');
    for (const f of e.interfaceForms) check(f.contacts, people, 'stakeholder');
  },
});
