import { DECISION_TYPES, type DeliverableStatus, type OtherFindings, type PitfallItem, type Range, type RequirementFlag, type StageProgress, type StakeholderChip } from '../../core';
import type { EngagementState } from '../storeApi';

/** Kano classes of requirements, in the order the tree lists them. */
export const KANO_CLASSES = ['basic', 'performance', 'excitement', 'unclassified'] as const;
export type KanoClass = (typeof KANO_CLASSES)[number];

/** Decision-maker types in the tree's order; `unknown` collects people without a valid type. */
export const PERSON_TYPES = [...DECISION_TYPES.map((t) => t.id), 'unknown'] as const;
export type PersonType = StakeholderChip['type'];

/** One requirement row, with where it is written. */
export interface RequirementRow {
  id: string;
  title: string;
  kano: KanoClass;
  status: string;
  file: string;
  range: Range;
  /** Findings written inside the item (a pitfall such as `blind-yes`): the row shows them, not a plain status. */
  flag?: RequirementFlag;
}

/**
 * A node of the Engagement explorer. Every node carries the engagement snapshot it was made from, so a
 * node and its children always describe the same generation.
 */
export type TreeNode =
  | { type: 'engagement'; state: EngagementState }
  | { type: 'stage'; state: EngagementState; stage: StageProgress }
  | { type: 'deliverable'; state: EngagementState; stage: StageProgress; deliverable: DeliverableStatus }
  | { type: 'stakeholders'; state: EngagementState }
  | { type: 'personType'; state: EngagementState; personType: PersonType; people: StakeholderChip[] }
  | { type: 'person'; state: EngagementState; person: StakeholderChip }
  | { type: 'requirements'; state: EngagementState }
  | { type: 'kano'; state: EngagementState; kano: KanoClass; rows: RequirementRow[] }
  | { type: 'requirement'; state: EngagementState; row: RequirementRow }
  | { type: 'pitfalls'; state: EngagementState }
  | { type: 'pitfall'; state: EngagementState; item: PitfallItem; index: number }
  | { type: 'otherFindings'; state: EngagementState; group: OtherFindings };

/** Children of a node (the roots are the engagements, made by the provider). */
export function childrenOf(node: TreeNode): TreeNode[] {
  const state = node.state;
  switch (node.type) {
    case 'engagement':
      return [
        ...state.status.stages.map((stage): TreeNode => ({ type: 'stage', state, stage })),
        { type: 'stakeholders', state },
        { type: 'requirements', state },
        { type: 'pitfalls', state },
      ];
    case 'stage':
      return node.stage.deliverables.map((deliverable) => ({ type: 'deliverable', state, stage: node.stage, deliverable }));
    case 'stakeholders':
      return PERSON_TYPES.map((personType): TreeNode & { type: 'personType' } => ({ type: 'personType', state, personType, people: state.status.stakeholders.people.filter((p) => p.type === personType) }))
        .filter((n) => n.personType !== 'unknown' || n.people.length > 0);
    case 'personType':
      return node.people.map((person) => ({ type: 'person', state, person }));
    case 'requirements': {
      const rows = requirementRows(state);
      return KANO_CLASSES.map((kano): TreeNode & { type: 'kano' } => ({ type: 'kano', state, kano, rows: rows.filter((r) => r.kano === kano) }))
        .filter((n) => n.kano !== 'unclassified' || n.rows.length > 0);
    }
    case 'kano':
      return node.rows.map((row) => ({ type: 'requirement', state, row }));
    case 'pitfalls':
      // Structural findings too, one row per code: the node's count is every finding, as on the badge.
      return [
        ...state.status.pitfalls.flatMap((g) => g.items).map((item, index): TreeNode => ({ type: 'pitfall', state, item, index })),
        ...state.status.otherFindings.map((group): TreeNode => ({ type: 'otherFindings', state, group })),
      ];
    default:
      return [];
  }
}

/** The requirement items of the engagement with their Kano class and place. */
function requirementRows(state: EngagementState): RequirementRow[] {
  const flags = new Map(state.status.requirementFlags.map((f) => [f.index, f]));
  return state.engagement.requirements.map((r, index) => {
    const flag = flags.get(index);
    const file = r.at.file;
    return {
      id: r.id ?? '',
      title: r.title ?? '',
      kano: r.kano ?? 'unclassified',
      status: r.status ?? 'open',
      file: file.path,
      range: file.yaml ? file.yaml.rangeAt(r.at.path, 'key') : file.lines.lineRange(0),
      ...(flag ? { flag } : {}),
    };
  });
}
