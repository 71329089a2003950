import type { Localized } from '../types';
import type { StageId } from './vocabulary';
import type { Kind } from './kinds';

/** What must be true to leave a stage (docs/format.md "Stages: what each owes"). */
export interface GateSpec {
  /** A `stage-summary` whose front matter names this stage. */
  summary: boolean;
  /** A passed entry for this stage in `reviews.yaml` (quick review, or bid review for bidding). */
  review: boolean;
  /** Every visit/briefing of this stage has its follow-up. */
  followUps: boolean;
}

/** One stage of the method. */
export interface StageSpec {
  id: StageId;
  label: Localized;
  goals: Localized[];
  /** Deliverables the stage owes (besides its stage summary, which the gate covers). */
  deliverables: Kind[];
  /** Deliverables the stage may have. */
  optional: Kind[];
  inputs: Localized[];
  obtains: Localized[];
  gate: GateSpec;
  /**
   * The method lets the engagement skip this stage (research: "research only when needed" — `research.reason:
   * none` and no research activity; model/stageSkip.ts). A skipped stage owes nothing and its gate is met.
   */
  mayBeSkipped?: boolean;
}

const t = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

/** The six stages in order (the method's six stages, docs/format.md "Stages"). The only place that knows them. */
export const STAGES: readonly StageSpec[] = [
  {
    id: 'kickoff',
    label: t('启动', 'Kickoff'),
    goals: [t('客户拜访计划与售前资源申请', 'Plan the customer visit and request presales resources'), t('确认客户交流', 'Confirm the customer exchange')],
    deliverables: ['interface-form'],
    optional: ['stakeholders', 'requirements', 'activities'],
    inputs: [t('销售线索', 'Sales lead')],
    obtains: [t('售前接口表', 'The interface form')],
    gate: { summary: false, review: true, followUps: false },
  },
  {
    id: 'introduction',
    label: t('宣介', 'Introduction'),
    goals: [t('激发兴趣、传播理念、消除疑虑', 'Spark interest, spread our philosophy, remove doubts'), t('需求蓝图化，挖掘并激发需求', 'Turn needs into a blueprint; uncover needs')],
    deliverables: ['intro-deck'],
    optional: [],
    inputs: [t('售前接口表', 'Interface form')],
    obtains: [t('客户需求与应用场景', 'Customer needs and application scenarios')],
    gate: { summary: true, review: true, followUps: true },
  },
  {
    id: 'research',
    label: t('调研', 'Research'),
    goals: [t('进一步激发需求', 'Further stimulate needs'), t('展示服务实力', 'Show service strength'), t('获取足够的信息', 'Gather enough information')],
    deliverables: ['research-plan', 'research-report'],
    optional: [],
    inputs: [t('售前接口表', 'Interface form')],
    obtains: [t('调研汇总：环境、场景、需求、痛点', 'Research summary: environment, scenarios, needs, pain points')],
    gate: { summary: true, review: true, followUps: false },
    mayBeSkipped: true,
  },
  {
    id: 'solution',
    label: t('方案', 'Solution'),
    goals: [t('目标规划蓝图化、寻找痛点', 'Blueprint the targets; find the pain points'), t('做好方案，信心保障', 'A good solution that gives confidence')],
    deliverables: ['solution', 'pricing'],
    optional: [],
    inputs: [t('售前接口表、调研方案、宣介总结', 'Interface form, research plan, introduction summary')],
    obtains: [t('客户意向与选型蓝图', "The customer's intent and selection blueprint")],
    gate: { summary: true, review: true, followUps: false },
  },
  {
    id: 'bidding',
    label: t('招投标/谈判', 'Bidding / negotiation'),
    goals: [t('点对点应答，控标与价格控制', 'Answer point by point; bid control and price control')],
    deliverables: ['tender', 'deviation-table', 'technical-bid', 'commercial-bid'],
    optional: ['bid-control'],
    inputs: [t('方案总结与招标书', 'Solution summary and the tender document')],
    obtains: [t('客户偏向性', "The customer's leaning")],
    gate: { summary: true, review: true, followUps: false },
  },
  {
    id: 'closure',
    label: t('结束', 'Closure'),
    goals: [t('项目终结汇报、售前考评、存档', 'Closure report, presales evaluation, archive')],
    deliverables: ['closure-report'],
    optional: [],
    inputs: [t('投标结果', 'Bid result')],
    obtains: [t('输赢解读', 'Win/loss reading')],
    gate: { summary: false, review: false, followUps: false },
  },
];

/** Position of a stage in the pipeline (0-based), or -1. */
export function stageIndex(id: unknown): number {
  return STAGES.findIndex((s) => s.id === id);
}

/** The spec of a stage id. */
export function stageSpec(id: StageId): StageSpec {
  return STAGES[stageIndex(id)];
}
