import type { Located } from '../model/engagement';
import { isRecord, itemsOf } from '../model/engagement';
import type { Rule } from '../rules/rule';
import type { Localized } from '../types';

const M: Localized = {
  en: '`{id}` names no {what} of this engagement.',
  'zh-CN': '`{id}` 在本项目中找不到对应的{what}。',
};
const WHAT = {
  stakeholder: { en: 'stakeholder in stakeholders.yaml', 'zh-CN': '干系人(stakeholders.yaml)' },
  requirement: { en: 'requirement in requirements.yaml', 'zh-CN': '需求(requirements.yaml)' },
} as const;

/** `dangling-reference`: ids in `source`, `with`, `contacts` and `req` that name nothing. */
export const danglingReferences: Rule = {
  code: 'dangling-reference',
  run({ engagement: e, out }) {
    const people = new Set(itemsOf(e, 'stakeholders', 'people').map((p) => String(p.value.id)));
    const reqs = new Set(itemsOf(e, 'requirements', 'items').map((r) => String(r.value.id)));
    // Before the list exists at all there is nothing to dangle from: one missing file, not N findings.
    const has = { stakeholder: e.files.some((f) => f.kind === 'stakeholders'), requirement: e.files.some((f) => f.kind === 'requirements') };
    const check = (item: Located<Record<string, unknown>>, field: string, known: Set<string>, what: keyof typeof WHAT) => {
      if (!has[what]) return;
      const v = item.value[field];
      const ids = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
      ids.forEach((id, i) => {
        if (typeof id !== 'string' && typeof id !== 'number') return;
        if (known.has(String(id))) return;
        const path = Array.isArray(v) ? [...item.path, field, i] : [...item.path, field];
        out.report(item.file.path, item.file.yaml!.rangeAt(path), 'dangling-reference', M, {
          params: { id: String(id), what: WHAT[what][out.language] },
          data: { id: String(id), target: what },
        });
      });
    };
    for (const r of itemsOf(e, 'requirements', 'items')) check(r, 'source', people, 'stakeholder');
    for (const a of itemsOf(e, 'activities', 'items')) check(a, 'with', people, 'stakeholder');
    for (const l of itemsOf(e, 'pricing', 'lines')) check(l, 'req', reqs, 'requirement');
    for (const d of itemsOf(e, 'deviation-table', 'items')) check(d, 'req', reqs, 'requirement');
    for (const b of itemsOf(e, 'bid-control', 'items')) check(b, 'req', reqs, 'requirement');
    for (const f of e.files.filter((x) => x.kind === 'interface-form' && isRecord(x.data))) {
      check({ value: f.data as Record<string, unknown>, file: f, path: [] }, 'contacts', people, 'stakeholder');
    }
  },
};
