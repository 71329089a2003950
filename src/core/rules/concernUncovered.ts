import { concernAnswered, concernSpec } from '../method/concerns';
import { filesOfKind, itemsOf } from '../model/engagement';
import { findFrontMatter } from '../parse/frontMatter';
import type { SourceFile } from '../parse/sourceFile';
import { scalarText } from '../text/scalarText';
import type { Localized } from '../types';
import { rangeFor } from './rangeFor';
import type { Rule } from './rule';

const M: Localized = {
  en: '{name} cares about {concern}, but no solution document answers it. Every solution should answer the customer’s concerns (客户的关注点): add a passage on {concern}.',
  'zh-CN': '{name}关注“{concern}”，但解决方案中没有任何回应。方案应逐一回应客户的关注点：请补充有关“{concern}”的内容。',
};

/** The Markdown body (headings and text) without the front matter. */
function bodyOf(file: SourceFile): string {
  const fm = findFrontMatter(file.text);
  return fm && fm !== 'unclosed' ? file.text.slice(fm.bodyStart) : file.text;
}

/**
 * `concern-uncovered`: a concern a stakeholder holds that no `solution` document mentions. Silent until a
 * solution exists: before that every concern is unanswered and `missing-deliverable` says the real thing.
 */
export const concernUncovered: Rule = {
  code: 'concern-uncovered',
  run({ engagement: e, out }) {
    const solutions = filesOfKind(e, 'solution');
    if (solutions.length === 0) return;
    const text = solutions.map(bodyOf).join('\n');
    const answered = new Map<string, boolean>();
    for (const p of itemsOf(e, 'stakeholders', 'people')) {
      const concerns = p.value.concerns;
      if (!Array.isArray(concerns)) continue;
      concerns.forEach((c, i) => {
        const spec = concernSpec(c);
        if (!spec) return;
        if (!answered.has(spec.id)) answered.set(spec.id, concernAnswered(spec.id, text));
        if (answered.get(spec.id)) return;
        const name = scalarText(p.value.name, scalarText(p.value.id));
        const concern = spec.label[out.language];
        out.report(p.file.path, rangeFor(p.file, [[...p.path, 'concerns', i], 'value']), 'concern-uncovered', M, {
          params: { name, concern },
          data: { concern: spec.id, stakeholder: p.value.id ?? null },
        });
      });
    }
  },
};
