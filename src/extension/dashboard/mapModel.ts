import { ATTITUDES as METHOD_ATTITUDES, type EngagementStatus, INFLUENCES as METHOD_INFLUENCES, type StakeholderChip } from '../../core';
import type { ViewAttitude, ViewChip, ViewInfluence, ViewMap } from '../../webview/protocol';
import { pick, type DisplayLanguage } from '../displayLanguage';

/** Rows top to bottom and columns left to right of the influence × attitude grid. */
export const INFLUENCES: readonly ViewInfluence[] = METHOD_INFLUENCES;
export const ATTITUDES: readonly ViewAttitude[] = METHOD_ATTITUDES;

/** The stakeholder map, coverage strip and concern checklist of an engagement. */
export function mapModel(status: EngagementStatus, lang: DisplayLanguage): ViewMap {
  const typeLabels = new Map(status.stakeholders.coverage.map((c) => [c.type as string, pick(c.label, lang)]));
  const chip = (p: StakeholderChip): ViewChip => ({
    id: p.id,
    name: p.name,
    ...(p.title ? { title: p.title } : {}),
    type: p.type,
    // 'unknown' has no method label; the webview shows its own string for it.
    typeLabel: typeLabels.get(p.type) ?? '',
    cold: p.cold,
    ...(p.daysSinceContact !== undefined ? { daysSinceContact: p.daysSinceContact } : {}),
  });
  const people = status.stakeholders.people;
  const placed = (p: StakeholderChip) => p.influence !== 'unknown' && p.attitude !== 'unknown';
  const names = new Map(people.map((p) => [p.id, p.name]));
  return {
    rows: INFLUENCES.map((influence) => ({
      influence,
      cells: ATTITUDES.map((attitude) => ({
        attitude,
        chips: people.filter((p) => p.influence === influence && p.attitude === attitude).map(chip),
      })),
    })),
    unplaced: people.filter((p) => !placed(p)).map(chip),
    coverage: status.stakeholders.coverage.map((c) => ({
      type: c.type,
      label: pick(c.label, lang),
      mapped: c.mapped,
      contacted: c.contacted,
      gap: c.gap,
    })),
    concerns: status.concerns.map((c) => ({
      concern: c.concern,
      label: pick(c.label, lang),
      answered: c.answered,
      heldBy: c.heldBy.map((id) => names.get(id) ?? id),
      // The line that answers it, revealable from the checklist.
      ...(c.answeredAt ? { answeredAt: { file: c.answeredAt.file, range: { start: { line: c.answeredAt.line, character: 0 }, end: { line: c.answeredAt.line, character: 0 } } } } : {}),
    })),
  };
}
