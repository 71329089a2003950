/**
 * Spellings writers use for the same need when a key demand (客户关键诉求) and a requirement title say it in
 * different words: each row is [the spelling both sides are compared in, then its variants]. Before the
 * comparison every variant is rewritten to its row's first spelling (model/demandTrace.ts).
 *
 * Data, so a team can read and extend it — and kept narrow on purpose: a row only joins words that mean the
 * same need. Generic verbs alone (减少 ~ 缩短, reduce ~ cut) are not joined: with a shared 时间 or "time" they
 * would trace 减少医生录入时间 to 缩短排队时间, and a demand traced by the wrong requirement is never flagged.
 */
export const DEMAND_SYNONYMS: readonly (readonly [string, ...string[]])[] = [
  // A shorter queue: 不排长队 / 减少排队 / no long queues all ask for what 缩短排队 asks for.
  ['缩短排队', '不排长队', '不用排长队', '不再排长队', '免排队', '不排队', '少排队', '减少排队', '减少排长队'],
  ['排队', '排长队', '候诊'],
  ['cut queue', 'no long queues', 'no long queue', 'shorter queues', 'shorter queue', 'reduce queues', 'reduce queue', 'fewer queues'],
  ['queue', 'waiting times', 'waiting time', 'wait times', 'wait time', 'waiting lines', 'waiting line'],
];
