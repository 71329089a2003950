import * as vscode from 'vscode';
import {
  ACTIVITY_TYPES, type ActivityType, ATTITUDES, type Attitude, CONCERNS, type ConcernId, DECISION_TYPES, type DecisionTypeId, GAP_TYPES, type GapType,
  INFLUENCES, type Influence, KANO_CLASSES, type KanoClass, type Localized, REQUIREMENT_STATUSES, type RequirementStatus, REVIEW_RESULTS, type ReviewResult,
  type StageId, STAGES, term,
} from '../../core';
import type { Person } from '../../core';
import { displayLanguageOf, pick } from '../displayLanguage';
import type { Row } from './wizard';

// The rows of every enum a record command asks: the label in the display language, the description with
// the written value and the other language's name (`high · High` under zh-CN), the detail saying what the choice means.
const lang = () => displayLanguageOf(vscode.env.language);
const row = <T extends string>(value: T, names: Localized, detail: string): Row<T> => ({ label: pick(names, lang()), description: choiceDescription(value, names), detail, value });

/**
 * A choice row's description: the value written to the file, then the name in the language the label is not
 * in (`approver · Approver` beside 拍板者) — the label is never repeated.
 */
export function choiceDescription(value: string, names: Localized): string {
  const shown = lang();
  const other = names[shown === 'zh-CN' ? 'en' : 'zh-CN'];
  return other === names[shown] || other === value ? value : `${value} · ${other}`;
}
const glossary = (id: string): Localized => ({ 'zh-CN': term(id, 'zh-CN'), en: term(id, 'en') });

/** The four decision-maker types, each with what it cares about. */
export function decisionTypeRows(): Row<DecisionTypeId>[] {
  return DECISION_TYPES.map((t) => row(t.id, t.label, vscode.l10n.t('Cares about: {0}', pick(t.cares, lang()))));
}

const INFLUENCE_NAMES: Record<Influence, Localized> = { high: { 'zh-CN': '高', en: 'High' }, medium: { 'zh-CN': '中', en: 'Medium' }, low: { 'zh-CN': '低', en: 'Low' } };

/** Influence on the decision: high, medium, low. */
export function influenceRows(): Row<Influence>[] {
  const detail: Record<Influence, string> = {
    high: vscode.l10n.t('Their word moves the decision'),
    medium: vscode.l10n.t('Heard in the decision, not decisive'),
    low: vscode.l10n.t('Little say in the decision'),
  };
  return INFLUENCES.map((v) => row(v, INFLUENCE_NAMES[v], detail[v]));
}

/** Attitude towards us, champion to opponent (glossary terms). */
export function attitudeRows(): Row<Attitude>[] {
  const detail: Record<Attitude, string> = {
    champion: vscode.l10n.t('Argues for us inside the customer'),
    supporter: vscode.l10n.t('Favours us, does not campaign'),
    neutral: vscode.l10n.t('No leaning yet'),
    skeptic: vscode.l10n.t('Doubts us; needs proof'),
    opponent: vscode.l10n.t('Works against us (often for a competitor)'),
  };
  return ATTITUDES.map((v) => row(v, glossary(`attitude.${v}`), detail[v]));
}

/** The eight customer concerns, each with what it covers. */
export function concernRows(): Row<ConcernId>[] {
  const detail: Record<ConcernId, string> = {
    price: vscode.l10n.t('What it costs to buy'),
    function: vscode.l10n.t('What it does'),
    performance: vscode.l10n.t('How fast and how much it handles'),
    usability: vscode.l10n.t('How easy it is to use'),
    'cost-of-use': vscode.l10n.t('What it costs to run and maintain'),
    risk: vscode.l10n.t('Security, data loss, failure'),
    assurance: vscode.l10n.t('Support, stability, service promises'),
    brand: vscode.l10n.t('The vendor\'s name and reputation'),
  };
  return CONCERNS.map((c) => row(c.id, c.label, detail[c.id]));
}

/** The Kano classes (glossary terms) and what each means for the sale. */
export function kanoRows(): Row<KanoClass>[] {
  const detail: Record<KanoClass, string> = {
    basic: vscode.l10n.t('Unmet, the customer will not buy'),
    performance: vscode.l10n.t('More is better'),
    excitement: vscode.l10n.t('Unique extra value'),
  };
  return KANO_CLASSES.map((v) => row(v, glossary(`kano.${v}`), detail[v]));
}

/** Reasonable or not: the judgement `blind-yes` reads. */
export function reasonableRows(): Row<boolean>[] {
  return [
    { label: vscode.l10n.t('Reasonable'), description: choiceDescription('true', { 'zh-CN': '合理', en: 'Reasonable' }), detail: vscode.l10n.t('A real need we should answer'), value: true },
    { label: vscode.l10n.t('Not reasonable'), description: choiceDescription('false', { 'zh-CN': '不合理', en: 'Not reasonable' }), detail: vscode.l10n.t('Guide the customer away from it; never a blind yes'), value: false },
  ];
}

/** How far our offer meets a requirement. */
export function requirementStatusRows(): Row<RequirementStatus>[] {
  const names: Record<RequirementStatus, Localized> = {
    met: { 'zh-CN': '已满足', en: 'Met' }, partial: { 'zh-CN': '部分满足', en: 'Partial' },
    unmet: { 'zh-CN': '未满足', en: 'Unmet' }, 'out-of-scope': { 'zh-CN': '不在范围内', en: 'Out of scope' },
  };
  const detail: Record<RequirementStatus, string> = {
    met: vscode.l10n.t('Our offer answers it in full'),
    partial: vscode.l10n.t('Answered in part; say what is missing'),
    unmet: vscode.l10n.t('Not answered (yet)'),
    'out-of-scope': vscode.l10n.t('Agreed to be outside this project'),
  };
  return REQUIREMENT_STATUSES.map((v) => row(v, names[v], detail[v]));
}

/** The product-gap types of Format 2. */
export function gapTypeRows(): Row<GapType>[] {
  const names: Record<GapType, Localized> = {
    'deal-breaker': { 'zh-CN': '致命缺口', en: 'Deal-breaker' }, challenge: { 'zh-CN': '挑战', en: 'Challenge' }, 'nice-to-have': { 'zh-CN': '锦上添花', en: 'Nice to have' },
  };
  const detail: Record<GapType, string> = {
    'deal-breaker': vscode.l10n.t('The product cannot do it and the customer will not buy without it'),
    challenge: vscode.l10n.t('Doable with effort (customisation, a partner)'),
    'nice-to-have': vscode.l10n.t('Missing, but the deal does not depend on it'),
  };
  return GAP_TYPES.map((v) => row(v, names[v], detail[v]));
}

/** Activity types, saying which owe a follow-up (the same rule as `owesFollowUpAt`). */
export function activityTypeRows(): Row<ActivityType>[] {
  const names: Record<ActivityType, Localized> = {
    visit: { 'zh-CN': '拜访', en: 'Customer visit' }, demo: { 'zh-CN': '演示', en: 'Product demo' }, briefing: { 'zh-CN': '汇报交流', en: 'Briefing' },
    research: { 'zh-CN': '调研', en: 'Research day' }, test: { 'zh-CN': '测试/POC', en: 'Product test / POC' }, training: { 'zh-CN': '售前培训', en: 'Pre-sales training' },
    bid: { 'zh-CN': '投标', en: 'Bid' },
  };
  const detail: Record<ActivityType, string> = {
    visit: vscode.l10n.t('A meeting at the customer; owes a follow-up within three days'),
    demo: vscode.l10n.t('Showing the product; in the Introduction stage it owes a follow-up within three days'),
    briefing: vscode.l10n.t('Presenting to the customer; in the Introduction stage it owes a follow-up within three days'),
    research: vscode.l10n.t('A day of on-site research'),
    test: vscode.l10n.t('The customer tests the product'),
    training: vscode.l10n.t('Training the customer before the sale'),
    bid: vscode.l10n.t('Work on the bid'),
  };
  return ACTIVITY_TYPES.map((v) => row(v, names[v], detail[v]));
}

/** The stages, the current one first and marked. */
export function stageRows(current: StageId | undefined): Row<StageId>[] {
  const rows = STAGES.map((s) => ({
    label: pick(s.label, lang()),
    description: choiceDescription(s.id, s.label),
    detail: s.id === current ? vscode.l10n.t('The current stage') : vscode.l10n.t('Stage {0} of {1}', STAGES.indexOf(s) + 1, STAGES.length),
    value: s.id,
  }));
  return [...rows.filter((r) => r.value === current), ...rows.filter((r) => r.value !== current)];
}

/** A review's result and what it does to the gate. */
export function reviewResultRows(): Row<ReviewResult>[] {
  const names: Record<ReviewResult, Localized> = { pass: { 'zh-CN': '通过', en: 'Passed' }, fail: { 'zh-CN': '未通过', en: 'Failed' } };
  const detail: Record<ReviewResult, string> = {
    pass: vscode.l10n.t('The gate\'s quick review is met'),
    fail: vscode.l10n.t('Fix and review again; the gate stays unmet'),
  };
  return REVIEW_RESULTS.map((v) => row(v, names[v], detail[v]));
}

/** The display name of `value` among `rows` (the row's label), or the value itself when no row has it. */
export function choiceName<T>(rows: readonly Row<T>[], value: T): string {
  return rows.find((r) => r.value === value)?.label ?? String(value);
}

/** The stakeholders to pick from: name, id, and title · decision type in the display language. */
export function personRows(people: readonly Person[]): Row<string>[] {
  const types = decisionTypeRows();
  return people.filter((p) => p.id !== undefined).map((p) => ({
    label: p.name ?? p.id!, description: p.id!, detail: [p.title, p.type && choiceName(types, p.type)].filter(Boolean).join(' · ') || undefined, value: p.id!,
  }));
}
