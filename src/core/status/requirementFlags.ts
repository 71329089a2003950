import { nearestRange } from '../model/source';
import type { Engagement } from '../model/records';
import { codeMeta } from '../rules/ruleList';
import type { Finding, Range, Severity } from '../types';

/** The findings written inside one requirement item (a `blind-yes`, a `basic-need-unmet`, a schema error…). */
export interface RequirementFlag {
  /** Index of the requirement in `Engagement.requirements` (the order the views list them in). */
  index: number;
  id?: string;
  /** The most severe of the findings. */
  severity: Severity;
  findings: { code: string; term?: string; severity: Severity; message: string }[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The requirements some finding sits inside (the finding's start lies in the item's range), so a view never
 * shows a flagged requirement as plainly met. One pass over the findings; a binary search per finding over
 * the items of its file (items are in file order): n log n.
 */
export function requirementFlags(e: Engagement, findings: readonly Finding[]): RequirementFlag[] {
  const byFile = new Map<string, { index: number; range: Range }[]>();
  e.requirements.forEach((r, index) => {
    const { file, range } = nearestRange(r.at);
    const list = byFile.get(file) ?? [];
    list.push({ index, range });
    byFile.set(file, list);
  });
  for (const list of byFile.values()) list.sort((a, b) => compare(a.range.start, b.range.start));
  const flags = new Map<number, RequirementFlag>();
  for (const f of findings) {
    const items = byFile.get(f.file);
    const hit = items && containing(items, f.range.start);
    if (!hit) continue;
    const r = e.requirements[hit.index];
    const flag = flags.get(hit.index) ?? { index: hit.index, ...(r.id !== undefined ? { id: r.id } : {}), severity: f.severity, findings: [] };
    const term = codeMeta(f.code)?.term;
    flag.findings.push({ code: f.code, ...(term ? { term } : {}), severity: f.severity, message: f.message });
    if (RANK[f.severity] < RANK[flag.severity]) flag.severity = f.severity;
    flags.set(hit.index, flag);
  }
  return [...flags.values()].sort((a, b) => a.index - b.index);
}

type Pos = Range['start'];
const compare = (a: Pos, b: Pos) => a.line - b.line || a.character - b.character;

/** The last item starting at or before `p`, when `p` is also before its end. */
function containing(items: { index: number; range: Range }[], p: Pos): { index: number; range: Range } | undefined {
  let lo = 0;
  let hi = items.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (compare(items[mid].range.start, p) <= 0) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const item = items[best];
  return item && compare(p, item.range.end) <= 0 ? item : undefined;
}
