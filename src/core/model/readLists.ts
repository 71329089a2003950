import { ACTIVITY_TYPES, ATTITUDES, CONCERN_IDS, DECISION_TYPE_IDS, GAP_TYPES, INFLUENCES, KANO_CLASSES, oneOf, REQUIREMENT_STATUSES, REVIEW_RESULTS, STAGE_IDS } from '../method/vocabulary';
import type { SourceFile } from '../parse/sourceFile';
import type { Activity, Person, Requirement, Review } from './records';
import { bool, date, idRefs, idText, isMap, mapOf, mapsOf, num, text, texts, type RawMap } from './readValues';
import type { Source } from './source';

/** Every map item of the `listKey` list of a file, with its place. */
export function listItems(file: SourceFile, listKey: string): { item: RawMap; index: number; at: Source }[] {
  return mapsOf(mapOf(file.data)[listKey]).map(({ item, index }) => ({ item, index, at: { file, path: [listKey, index] } }));
}

/** `stakeholders.people[]`. */
export function readPeople(file: SourceFile): Person[] {
  return listItems(file, 'people').map(({ item: p, index, at }) => ({
    at,
    index,
    id: idText(p.id),
    name: text(p.name),
    title: text(p.title),
    type: oneOf(DECISION_TYPE_IDS, p.type),
    influence: oneOf(INFLUENCES, p.influence),
    attitude: oneOf(ATTITUDES, p.attitude),
    concerns: Array.isArray(p.concerns) ? p.concerns.map((c) => oneOf(CONCERN_IDS, c)) : [],
    lastContact: date(p.last_contact),
  }));
}

/** `requirements.items[]`. */
export function readRequirements(file: SourceFile): Requirement[] {
  return listItems(file, 'items').map(({ item: r, index, at }) => ({
    at,
    index,
    id: idText(r.id),
    title: text(r.title),
    kano: oneOf(KANO_CLASSES, r.kano),
    reasonable: bool(r.reasonable),
    status: oneOf(REQUIREMENT_STATUSES, r.status),
    source: idRefs(at, r, 'source'),
    estimate: num(r.estimate),
    gap: isMap(r.gap) ? { type: oneOf(GAP_TYPES, r.gap.type), area: text(r.gap.area) } : undefined,
  }));
}

/** `activities.items[]`. */
export function readActivities(file: SourceFile): Activity[] {
  return listItems(file, 'items').map(({ item: a, index, at }) => ({
    at,
    index,
    date: date(a.date),
    type: oneOf(ACTIVITY_TYPES, a.type),
    stage: oneOf(STAGE_IDS, a.stage),
    with: idRefs(at, a, 'with'),
    followUp: date(a.follow_up),
    followUpWritten: a.follow_up !== undefined && a.follow_up !== null && a.follow_up !== '',
    effortDays: num(a.effort_days),
  }));
}

/** `reviews.items[]`. */
export function readReviews(file: SourceFile): Review[] {
  return listItems(file, 'items').map(({ item: r, index, at }) => ({
    at,
    index,
    stage: oneOf(STAGE_IDS, r.stage),
    deliverable: text(r.deliverable),
    date: date(r.date),
    result: oneOf(REVIEW_RESULTS, r.result),
    reviewers: texts(r.reviewers ?? []),
  }));
}
